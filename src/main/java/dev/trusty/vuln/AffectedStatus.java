package dev.trusty.vuln;

/**
 * What an advisory says about one package in one release. {@code RANGES} defers to the version
 * ranges; the other states come from distro trackers that decide without a version.
 */
public enum AffectedStatus {
    /** Affected where the version ranges or the explicit version list say so. */
    RANGES,
    /** Affected, no fix yet. */
    UNFIXED,
    /** Affected, the distro decided not to fix it (Debian "ignored"). */
    WILL_NOT_FIX,
    /** Affected, the fix will come with a later update (Debian "postponed"). */
    FIX_DEFERRED,
    /** Triaged as not affecting this release (Debian fixed_version "0", Alpine secfixes "0"). */
    NOT_AFFECTED
}
