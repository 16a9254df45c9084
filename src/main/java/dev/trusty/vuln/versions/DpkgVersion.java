package dev.trusty.vuln.versions;

/**
 * Debian's ordering, as {@code dpkg --compare-versions}: {@code [epoch:]upstream[-revision]},
 * epoch numeric, upstream and revision compared by alternating non-digit runs (with {@code ~}
 * lowest, then end of string, then letters, then everything else) and numeric digit runs.
 */
public final class DpkgVersion implements VersionComparator {

    public static final DpkgVersion INSTANCE = new DpkgVersion();

    private DpkgVersion() {
    }

    @Override
    public int compare(String a, String b) {
        Parts pa = Parts.of(a);
        Parts pb = Parts.of(b);
        int c = Long.compare(pa.epoch, pb.epoch);
        if (c != 0) {
            return c;
        }
        c = compareSegment(pa.upstream, pb.upstream);
        return c != 0 ? c : compareSegment(pa.revision, pb.revision);
    }

    private record Parts(long epoch, String upstream, String revision) {
        static Parts of(String version) {
            String v = version.strip();
            long epoch = 0;
            int colon = v.indexOf(':');
            if (colon > 0 && v.substring(0, colon).chars().allMatch(Character::isDigit) && colon <= 18) {
                epoch = Long.parseLong(v.substring(0, colon));
                v = v.substring(colon + 1);
            }
            int hyphen = v.lastIndexOf('-');
            return hyphen < 0 ? new Parts(epoch, v, "") : new Parts(epoch, v.substring(0, hyphen), v.substring(hyphen + 1));
        }
    }

    private static int order(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        char c = s.charAt(i);
        if (isDigit(c)) {
            return 0;
        }
        if (isAsciiLetter(c)) {
            return c;
        }
        if (c == '~') {
            return -1;
        }
        return c + 256;
    }

    static int compareSegment(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !isDigit(a.charAt(i))) || (j < b.length() && !isDigit(b.charAt(j)))) {
                int ac = order(a, i);
                int bc = order(b, j);
                if (ac != bc) {
                    return Integer.signum(ac - bc);
                }
                i++;
                j++;
            }
            while (i < a.length() && a.charAt(i) == '0') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '0') {
                j++;
            }
            int firstDiff = 0;
            while (i < a.length() && isDigit(a.charAt(i)) && j < b.length() && isDigit(b.charAt(j))) {
                if (firstDiff == 0) {
                    firstDiff = a.charAt(i) - b.charAt(j);
                }
                i++;
                j++;
            }
            if (i < a.length() && isDigit(a.charAt(i))) {
                return 1;
            }
            if (j < b.length() && isDigit(b.charAt(j))) {
                return -1;
            }
            if (firstDiff != 0) {
                return Integer.signum(firstDiff);
            }
        }
        return 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
