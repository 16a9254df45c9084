package dev.trusty.vuln.versions;

/**
 * Alpine's ordering, following apk-tools' tokenizer: {@code digits{.digits}*[letter]
 * {_suffix[digits]}*[-rN]}, pre-release suffixes ({@code _alpha _beta _pre _rc}) below the bare
 * version, post-release suffixes ({@code _cvs _svn _git _hg _p}) above; a dotted component with
 * leading zeros compares like a fraction. Strings apk would reject are ordered as plain strings.
 */
public final class ApkVersion implements VersionComparator {

    public static final ApkVersion INSTANCE = new ApkVersion();

    private static final int INVALID = -1;
    private static final int DIGIT_OR_ZERO = 0;
    private static final int DIGIT = 1;
    private static final int LETTER = 2;
    private static final int SUFFIX = 3;
    private static final int SUFFIX_NO = 4;
    private static final int REVISION_NO = 5;
    private static final int END = 6;

    private static final String[] PRE_SUFFIXES = {"alpha", "beta", "pre", "rc"};
    private static final String[] POST_SUFFIXES = {"cvs", "svn", "git", "hg", "p"};

    private ApkVersion() {
    }

    /** True when apk-tools accepts the string as a version. */
    public static boolean isValid(String version) {
        Cursor c = new Cursor(version.strip());
        if (c.atEnd()) {
            return false;
        }
        while (c.type != END && c.type != INVALID) {
            c.token();
        }
        return c.type == END;
    }

    @Override
    public int compare(String a, String b) {
        if (!isValid(a) || !isValid(b)) {
            return Integer.signum(a.compareTo(b));
        }
        Cursor ca = new Cursor(a.strip());
        Cursor cb = new Cursor(b.strip());
        long av = 0;
        long bv = 0;
        while (ca.type == cb.type && ca.type != END && ca.type != INVALID && av == bv) {
            av = ca.token();
            bv = cb.token();
        }
        if (av != bv) {
            return av < bv ? -1 : 1;
        }
        if (ca.type == cb.type) {
            return 0;
        }
        // equal so far: the longer one is newer, unless what follows is a pre-release suffix
        if (ca.type == SUFFIX && ca.copy().token() < 0) {
            return -1;
        }
        if (cb.type == SUFFIX && cb.copy().token() < 0) {
            return 1;
        }
        return ca.type > cb.type ? -1 : 1;
    }

    /** A position in a version string plus the kind of token that starts there. */
    private static final class Cursor {
        final String s;
        int pos;
        int type = DIGIT;

        Cursor(String s) {
            this.s = s;
        }

        Cursor copy() {
            Cursor c = new Cursor(s);
            c.pos = pos;
            c.type = type;
            return c;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        long token() {
            if (atEnd()) {
                type = END;
                return 0;
            }
            long v = 0;
            int i = pos;
            int next = INVALID;
            switch (type) {
                case DIGIT_OR_ZERO, DIGIT, SUFFIX_NO, REVISION_NO -> {
                    if (type == DIGIT_OR_ZERO && s.charAt(i) == '0') {
                        // extra leading zeros count negatively, so 1.01 < 1.1 like a fraction
                        while (i + 1 < s.length() && s.charAt(i + 1) == '0') {
                            i++;
                        }
                        next = DIGIT;
                        v = -(i - pos);
                        break;
                    }
                    while (i < s.length() && DpkgVersion.isDigit(s.charAt(i))) {
                        v = v * 10 + (s.charAt(i) - '0');
                        i++;
                    }
                }
                case LETTER -> v = s.charAt(i++);
                case SUFFIX -> {
                    int pre = prefixIndex(PRE_SUFFIXES, i);
                    if (pre >= 0) {
                        v = pre - PRE_SUFFIXES.length;
                        i += PRE_SUFFIXES[pre].length();
                    } else {
                        int post = prefixIndex(POST_SUFFIXES, i);
                        if (post < 0) {
                            type = INVALID;
                            return -1;
                        }
                        v = post;
                        i += POST_SUFFIXES[post].length();
                    }
                }
                default -> {
                    type = INVALID;
                    return -1;
                }
            }
            pos = i;
            if (atEnd()) {
                type = END;
            } else if (next != INVALID) {
                type = next;
            } else {
                nextType();
            }
            return v;
        }

        private int prefixIndex(String[] names, int at) {
            for (int k = 0; k < names.length; k++) {
                if (s.startsWith(names[k], at)) {
                    return k;
                }
            }
            return -1;
        }

        private void nextType() {
            int n = INVALID;
            char c = s.charAt(pos);
            if ((type == DIGIT || type == DIGIT_OR_ZERO) && c >= 'a' && c <= 'z') {
                n = LETTER;
            } else if (type == LETTER && DpkgVersion.isDigit(c)) {
                n = DIGIT;
            } else if (type == SUFFIX && DpkgVersion.isDigit(c)) {
                n = SUFFIX_NO;
            } else {
                switch (c) {
                    case '.' -> n = DIGIT_OR_ZERO;
                    case '_' -> n = SUFFIX;
                    case '-' -> {
                        if (pos + 1 < s.length() && s.charAt(pos + 1) == 'r') {
                            n = REVISION_NO;
                            pos++;
                        }
                    }
                    default -> n = INVALID;
                }
                pos++;
            }
            if (n < type && !((n == DIGIT_OR_ZERO && type == DIGIT)
                    || (n == SUFFIX && type == SUFFIX_NO)
                    || (n == DIGIT && type == LETTER))) {
                n = INVALID;
            }
            type = n;
        }
    }
}
