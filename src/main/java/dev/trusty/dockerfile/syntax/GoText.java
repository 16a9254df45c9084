package dev.trusty.dockerfile.syntax;

/** The few Go standard-library text predicates BuildKit relies on, so we split and trim exactly as it does. */
public final class GoText {
    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}: differs from Java's on NEL, NBSP and the narrow no-break spaces. */
    public static boolean isSpace(int ch) {
        if (ch < 0x80) {
            return ch == ' ' || (ch >= '\t' && ch <= '\r');
        }
        return ch == 0x85 || ch == 0xA0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200A)
                || ch == 0x2028 || ch == 0x2029 || ch == 0x202F || ch == 0x205F || ch == 0x3000;
    }

    /** The separators of BuildKit's {@code reWhitespace}: {@code [\t\v\f\r ]}. */
    public static boolean isRegexWhitespace(char ch) {
        return ch == ' ' || ch == '\t' || ch == 0x0B || ch == '\f' || ch == '\r';
    }

    /** Index of the first non-space char at or after {@code from} (Go {@code TrimLeftFunc(IsSpace)}). */
    public static int skipSpace(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** End index after trimming trailing spaces in {@code [from, to)} (Go {@code TrimRightFunc(IsSpace)}). */
    public static int trimEnd(String s, int from, int to) {
        int i = to;
        while (i > from) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** Go's {@code strconv.Quote}: printable Unicode kept, the rest escaped the way Go does. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (isPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < ' ' || cp == 0x7F) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isPrintable(int cp) {
        if (cp < 0x7F) {
            return cp >= ' ';
        }
        if (cp == 0xFFFD) {
            return true;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false;
        }
        int type = Character.getType(cp);
        return switch (type) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }
}
