package dev.trusty.vuln.versions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's ordering, PEP 440 as the {@code packaging} library implements it: epoch, release
 * (trailing zeros insignificant), then .devN &lt; aN &lt; bN &lt; rcN &lt; release &lt; .postN,
 * then local versions after the public one. Spelling variants are normalised ({@code alpha},
 * {@code c}, {@code -1} for post, {@code v} prefix). Invalid strings sort below valid ones.
 */
public final class Pep440Version implements VersionComparator {

    public static final Pep440Version INSTANCE = new Pep440Version();

    private static final Pattern VERSION = Pattern.compile(
            "v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
                    + "(?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|rc|c)[-_.]?(?<pren>[0-9]+)?)?"
                    + "(?<post>-(?<postn1>[0-9]+)|[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?)?"
                    + "(?<dev>[-_.]?dev[-_.]?(?<devn>[0-9]+)?)?"
                    + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

    private Pep440Version() {
    }

    private record Key(BigInteger epoch, List<BigInteger> release, int preRank, BigInteger preNumber,
                       BigInteger post, BigInteger dev, List<String> local) {
    }

    public static boolean isValid(String version) {
        return parse(version).isPresent();
    }

    private static Optional<Key> parse(String version) {
        Matcher m = VERSION.matcher(version.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigInteger epoch = m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
        List<BigInteger> release = new ArrayList<>();
        for (String part : m.group("release").split("\\.")) {
            release.add(new BigInteger(part));
        }
        while (release.size() > 1 && release.get(release.size() - 1).signum() == 0) {
            release.remove(release.size() - 1);
        }
        boolean hasPost = m.group("post") != null;
        boolean hasDev = m.group("dev") != null;
        int preRank;
        BigInteger preNumber = BigInteger.ZERO;
        if (m.group("pre") != null) {
            preRank = switch (m.group("prel")) {
                case "a", "alpha" -> 1;
                case "b", "beta" -> 2;
                default -> 3;
            };
            preNumber = number(m.group("pren"));
        } else {
            // a bare .devN release sorts before its pre-releases; otherwise "no pre" is above them
            preRank = !hasPost && hasDev ? 0 : 4;
        }
        BigInteger post = !hasPost ? null
                : number(m.group("postn1") != null ? m.group("postn1") : m.group("postn2"));
        BigInteger dev = hasDev ? number(m.group("devn")) : null;
        List<String> local = m.group("local") == null ? null : List.of(m.group("local").split("[-_.]"));
        return Optional.of(new Key(epoch, release, preRank, preNumber, post, dev, local));
    }

    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    @Override
    public int compare(String a, String b) {
        Optional<Key> ka = parse(a);
        Optional<Key> kb = parse(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            if (ka.isPresent()) {
                return 1;
            }
            return kb.isPresent() ? -1 : Integer.signum(a.compareTo(b));
        }
        return Integer.signum(compare(ka.get(), kb.get()));
    }

    private static int compare(Key a, Key b) {
        int c = a.epoch.compareTo(b.epoch);
        if (c != 0) {
            return c;
        }
        c = compareNumbers(a.release, b.release);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.preRank, b.preRank);
        if (c != 0) {
            return c;
        }
        c = a.preNumber.compareTo(b.preNumber);
        if (c != 0) {
            return c;
        }
        c = compareNullLowest(a.post, b.post);
        if (c != 0) {
            return c;
        }
        c = compareNullHighest(a.dev, b.dev);
        return c != 0 ? c : compareLocal(a.local, b.local);
    }

    private static int compareNumbers(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareNullLowest(BigInteger a, BigInteger b) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null ? -1 : 1);
        }
        return a.compareTo(b);
    }

    private static int compareNullHighest(BigInteger a, BigInteger b) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null ? 1 : -1);
        }
        return a.compareTo(b);
    }

    /** Local segments: numeric ones compare as numbers and beat alphanumeric ones. */
    private static int compareLocal(List<String> a, List<String> b) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null ? -1 : 1);
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean nx = x.chars().allMatch(Character::isDigit);
            boolean ny = y.chars().allMatch(Character::isDigit);
            int c;
            if (nx && ny) {
                c = new BigInteger(x).compareTo(new BigInteger(y));
            } else if (nx != ny) {
                c = nx ? 1 : -1;
            } else {
                c = x.compareTo(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
