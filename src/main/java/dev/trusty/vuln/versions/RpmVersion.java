package dev.trusty.vuln.versions;

/**
 * RPM's ordering (rpmvercmp and labelCompare of rpm 4.18): {@code [epoch:]version[-release]};
 * alphanumeric segments split by any other character, numbers beat letters, {@code ~} sorts
 * before everything including the end, {@code ^} after the end but before any further segment.
 */
public final class RpmVersion implements VersionComparator {

    public static final RpmVersion INSTANCE = new RpmVersion();

    private RpmVersion() {
    }

    @Override
    public int compare(String a, String b) {
        String[] ea = evr(a.strip());
        String[] eb = evr(b.strip());
        int c = rpmvercmp(ea[0], eb[0]);
        if (c != 0) {
            return c;
        }
        c = rpmvercmp(ea[1], eb[1]);
        return c != 0 ? c : rpmvercmp(ea[2], eb[2]);
    }

    /** Epoch (default "0"), version, release (default ""). */
    private static String[] evr(String v) {
        String epoch = "0";
        int colon = v.indexOf(':');
        if (colon >= 0) {
            String e = v.substring(0, colon);
            epoch = e.isEmpty() ? "0" : e;
            v = v.substring(colon + 1);
        }
        int hyphen = v.lastIndexOf('-');
        return hyphen < 0 ? new String[] {epoch, v, ""}
                : new String[] {epoch, v.substring(0, hyphen), v.substring(hyphen + 1)};
    }

    /** The segment comparison of rpm's {@code rpmvercmp}, returning -1, 0 or 1. */
    public static int rpmvercmp(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int la = a.length();
        int lb = b.length();
        while (i < la || j < lb) {
            while (i < la && isSeparator(a.charAt(i))) {
                i++;
            }
            while (j < lb && isSeparator(b.charAt(j))) {
                j++;
            }
            boolean tildeA = i < la && a.charAt(i) == '~';
            boolean tildeB = j < lb && b.charAt(j) == '~';
            if (tildeA || tildeB) {
                if (!tildeA) {
                    return 1;
                }
                if (!tildeB) {
                    return -1;
                }
                i++;
                j++;
                continue;
            }
            boolean caretA = i < la && a.charAt(i) == '^';
            boolean caretB = j < lb && b.charAt(j) == '^';
            if (caretA || caretB) {
                if (i >= la) {
                    return -1;
                }
                if (j >= lb) {
                    return 1;
                }
                if (!caretA) {
                    return 1;
                }
                if (!caretB) {
                    return -1;
                }
                i++;
                j++;
                continue;
            }
            if (i >= la || j >= lb) {
                break;
            }
            int si = i;
            int sj = j;
            boolean numeric = DpkgVersion.isDigit(a.charAt(i));
            if (numeric) {
                while (i < la && DpkgVersion.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < lb && DpkgVersion.isDigit(b.charAt(j))) {
                    j++;
                }
            } else {
                while (i < la && DpkgVersion.isAsciiLetter(a.charAt(i))) {
                    i++;
                }
                while (j < lb && DpkgVersion.isAsciiLetter(b.charAt(j))) {
                    j++;
                }
            }
            if (sj == j) {
                // segments of different kinds: a number is newer than letters
                return numeric ? 1 : -1;
            }
            String sa = a.substring(si, i);
            String sb = b.substring(sj, j);
            int c;
            if (numeric) {
                sa = stripZeros(sa);
                sb = stripZeros(sb);
                c = sa.length() != sb.length() ? Integer.compare(sa.length(), sb.length()) : sa.compareTo(sb);
            } else {
                c = sa.compareTo(sb);
            }
            if (c != 0) {
                return c < 0 ? -1 : 1;
            }
        }
        if (i >= la && j >= lb) {
            return 0;
        }
        return i >= la ? -1 : 1;
    }

    private static boolean isSeparator(char c) {
        return !DpkgVersion.isDigit(c) && !DpkgVersion.isAsciiLetter(c) && c != '~' && c != '^';
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
