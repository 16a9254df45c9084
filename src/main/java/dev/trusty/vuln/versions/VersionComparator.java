package dev.trusty.vuln.versions;

/**
 * Orders the version strings of one packaging ecosystem exactly as its own tools do.
 * Implementations never throw on odd input: versions the ecosystem would reject still get a
 * stable order (documented per implementation), because scanners meet odd strings in the wild.
 */
@FunctionalInterface
public interface VersionComparator extends java.util.Comparator<String> {

    /** Negative, zero or positive as {@code a} is older than, equal to, or newer than {@code b}. */
    @Override
    int compare(String a, String b);
}
