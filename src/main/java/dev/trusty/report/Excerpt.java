package dev.trusty.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The source lines a file finding points at, with a caret underline under its column range:
 *
 * <pre>
 *    3 | RUN apt-get install -y curl
 *      |                        ^^^^
 * </pre>
 *
 * Tabs are expanded so the underline lines up; very long lines are cut to a window around the
 * range; at most {@value #MAX_LINES} lines are shown.
 */
final class Excerpt {
    static final int MAX_LINES = 3;
    private static final int TAB = 4;
    private static final int MAX_WIDTH = 120;

    private Excerpt() {
    }

    /** One rendered row: the gutter label ("3" or ""), the code, and whether it is the underline. */
    record Row(String gutter, String text, boolean underline) {
    }

    /**
     * Rows for the range, or none when the lines are unavailable (file gone, stdin not kept).
     * {@code endColumn} is exclusive; 0 means "to the end of the line".
     */
    static List<Row> rows(SourceLines sources, String path, int line, int column, int endLine, int endColumn) {
        List<Row> rows = new ArrayList<>();
        if (line < 1) {
            return rows;
        }
        int last = Math.max(line, endLine);
        int shown = Math.min(last, line + MAX_LINES - 1);
        for (int n = line; n <= shown; n++) {
            String source = sources.line(path, n);
            if (source == null) {
                return n == line ? List.of() : rows;
            }
            int from = n == line && column > 0 ? column : firstNonBlank(source);
            int to = n == last && endColumn > 0 ? endColumn : source.length() + 1;
            addLine(rows, String.valueOf(n), source, from, to);
        }
        if (shown < last) {
            rows.add(new Row("", "...", false));
        }
        return rows;
    }

    private static void addLine(List<Row> rows, String gutter, String source, int from, int to) {
        // display column of each char index, after tab expansion and control-char replacement
        StringBuilder display = new StringBuilder();
        int[] columnAt = new int[source.length() + 2];
        for (int i = 0; i < source.length(); i++) {
            columnAt[i] = display.length();
            char c = source.charAt(i);
            if (c == '\t') {
                display.append(" ".repeat(TAB - display.length() % TAB));
            } else {
                display.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        columnAt[source.length()] = display.length();
        columnAt[source.length() + 1] = display.length() + 1;
        int start = columnAt[clamp(from - 1, 0, source.length())];
        int end = Math.max(start + 1, columnAt[clamp(to - 1, 0, source.length() + 1)]);

        String text = display.toString();
        int offset = 0;
        if (text.length() > MAX_WIDTH) {
            offset = Math.max(0, Math.min(start - 20, text.length() - MAX_WIDTH));
            String cut = text.substring(offset, Math.min(text.length(), offset + MAX_WIDTH));
            text = (offset > 0 ? "..." : "") + cut + (offset + MAX_WIDTH < display.length() ? "..." : "");
            offset -= offset > 0 ? 3 : 0;
            end = Math.min(end, offset + text.length() + 1);
        }
        rows.add(new Row(gutter, text.stripTrailing(), false));
        int caretStart = Math.max(0, start - offset);
        rows.add(new Row("", " ".repeat(caretStart) + "^".repeat(Math.max(1, end - start)), true));
    }

    private static int firstNonBlank(String source) {
        for (int i = 0; i < source.length(); i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                return i + 1;
            }
        }
        return 1;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
