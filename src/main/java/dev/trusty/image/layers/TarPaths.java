package dev.trusty.image.layers;

import java.util.ArrayDeque;
import java.util.Deque;

/** Path handling for tar entry names, which are written by arbitrary (and hostile) tools. */
public final class TarPaths {
    private TarPaths() {
    }

    /**
     * The name as a clean path relative to the image root ({@code ./a//b/} → {@code a/b}; a
     * leading {@code /} is dropped, as the engine does), or null when {@code ..} would climb
     * above the root.
     */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** The name made safe for a one-line message: control characters escaped, length capped. */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 200; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
