package dev.trusty.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict JSON (as Go's {@code json.Unmarshal}) for the exec form: the whole text must be one array.
 * Returns the array's elements with their offsets, or null when the text is not valid JSON.
 */
final class JsonArray {
    /** One element; {@code value} is null when the element is not a string. */
    record Element(String value, int start, int end) {
    }

    private final String s;
    private final int end;
    private int i;

    private JsonArray(String s, int from, int to) {
        this.s = s;
        this.i = from;
        this.end = to;
    }

    /** Parses {@code s[from, to)}, which starts with {@code [}. */
    static List<Element> parse(String s, int from, int to) {
        JsonArray p = new JsonArray(s, from, to);
        try {
            List<Element> out = p.array();
            p.ws();
            return p.i == p.end ? out : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static IllegalArgumentException bad() {
        return new IllegalArgumentException();
    }

    private void ws() {
        while (i < end) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private char peek() {
        if (i >= end) {
            throw bad();
        }
        return s.charAt(i);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw bad();
        }
        i++;
    }

    private List<Element> array() {
        expect('[');
        List<Element> out = new ArrayList<>();
        ws();
        if (peek() == ']') {
            i++;
            return out;
        }
        while (true) {
            ws();
            int start = i;
            String value = peek() == '"' ? string() : skipNonString();
            out.add(new Element(value, start, i));
            ws();
            char c = peek();
            i++;
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                throw bad();
            }
        }
    }

    /** Validates any non-string value and returns null for it. */
    private String skipNonString() {
        value();
        return null;
    }

    private void value() {
        char c = peek();
        switch (c) {
            case '"' -> string();
            case '[' -> array();
            case '{' -> object();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object() {
        expect('{');
        ws();
        if (peek() == '}') {
            i++;
            return;
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw bad();
            }
            string();
            ws();
            expect(':');
            ws();
            value();
            ws();
            char c = peek();
            i++;
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw bad();
            }
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, i) || i + word.length() > end) {
            throw bad();
        }
        i += word.length();
    }

    private void number() {
        int start = i;
        if (i < end && s.charAt(i) == '-') {
            i++;
        }
        if (i < end && s.charAt(i) == '0') {
            i++;
        } else if (i < end && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < end && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
        } else {
            throw bad();
        }
        if (i < end && s.charAt(i) == '.') {
            i++;
            int digits = i;
            while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digits) {
                throw bad();
            }
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digits = i;
            while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digits) {
                throw bad();
            }
        }
        // Go decodes numbers into float64 and fails on overflow, which makes the whole text "not JSON".
        double d = Double.parseDouble(s.substring(start, i));
        if (Double.isInfinite(d)) {
            throw bad();
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = peek();
            i++;
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw bad();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = peek();
            i++;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    char u = hex4();
                    if (Character.isHighSurrogate(u) && i + 6 <= end && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                        int save = i;
                        i += 2;
                        char low = hex4();
                        if (Character.isLowSurrogate(low)) {
                            out.append(u).append(low);
                        } else {
                            out.append('\uFFFD');
                            i = save;
                        }
                    } else if (Character.isSurrogate(u)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(u);
                    }
                }
                default -> throw bad();
            }
        }
    }

    private char hex4() {
        if (i + 4 > end) {
            throw bad();
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0 || s.charAt(i + k) > 'f') {
                throw bad();
            }
            v = v * 16 + d;
        }
        i += 4;
        return (char) v;
    }
}
