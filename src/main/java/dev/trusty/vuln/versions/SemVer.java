package dev.trusty.vuln.versions;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SemVer 2.0 precedence (npm, crates.io, OSV {@code SEMVER} ranges): numeric core, a pre-release
 * below its release, pre-release identifiers compared numerically or in ASCII (numeric lower),
 * build metadata ignored. Invalid strings sort below every valid one and among themselves as
 * strings, as Go's {@code x/mod/semver} does.
 */
public final class SemVer implements VersionComparator {

    /** Strict SemVer; a leading {@code v} or {@code =} is tolerated as npm does. */
    public static final SemVer STRICT = new SemVer(false);
    /** Go modules: {@code v1.2} means v1.2.0, {@code +incompatible} is build metadata. */
    public static final SemVer GO = new SemVer(true);

    private static final Pattern FULL = Pattern.compile(
            "[v=]?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern SHORT = Pattern.compile("v?(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*))?");

    private final boolean goShorthand;

    private SemVer(boolean goShorthand) {
        this.goShorthand = goShorthand;
    }

    record Parsed(BigInteger major, BigInteger minor, BigInteger patch, List<String> pre) {
    }

    Optional<Parsed> parse(String version) {
        String v = version.strip();
        Matcher m = FULL.matcher(v);
        if (m.matches()) {
            List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
            return Optional.of(new Parsed(new BigInteger(m.group(1)), new BigInteger(m.group(2)),
                    new BigInteger(m.group(3)), pre));
        }
        if (goShorthand) {
            Matcher s = SHORT.matcher(v);
            if (s.matches()) {
                BigInteger minor = s.group(2) == null ? BigInteger.ZERO : new BigInteger(s.group(2));
                return Optional.of(new Parsed(new BigInteger(s.group(1)), minor, BigInteger.ZERO, List.of()));
            }
        }
        return Optional.empty();
    }

    public boolean isValid(String version) {
        return parse(version).isPresent();
    }

    @Override
    public int compare(String a, String b) {
        Optional<Parsed> pa = parse(a);
        Optional<Parsed> pb = parse(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            if (pa.isPresent()) {
                return 1;
            }
            if (pb.isPresent()) {
                return -1;
            }
            return Integer.signum(a.compareTo(b));
        }
        return compare(pa.get(), pb.get());
    }

    private static int compare(Parsed a, Parsed b) {
        int c = a.major.compareTo(b.major);
        if (c == 0) {
            c = a.minor.compareTo(b.minor);
        }
        if (c == 0) {
            c = a.patch.compareTo(b.patch);
        }
        if (c != 0) {
            return Integer.signum(c);
        }
        if (a.pre.isEmpty() || b.pre.isEmpty()) {
            return a.pre.isEmpty() == b.pre.isEmpty() ? 0 : (a.pre.isEmpty() ? 1 : -1);
        }
        for (int i = 0; i < Math.min(a.pre.size(), b.pre.size()); i++) {
            c = compareIdentifier(a.pre.get(i), b.pre.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.pre.size(), b.pre.size());
    }

    private static int compareIdentifier(String x, String y) {
        boolean nx = x.chars().allMatch(Character::isDigit);
        boolean ny = y.chars().allMatch(Character::isDigit);
        if (nx && ny) {
            return Integer.signum(new BigInteger(x).compareTo(new BigInteger(y)));
        }
        if (nx != ny) {
            return nx ? -1 : 1;
        }
        return Integer.signum(x.compareTo(y));
    }
}
