package dev.trusty.dockerfile.syntax;

import java.util.Arrays;

/**
 * One instruction's text with its continuations joined, remembering for every character the physical
 * line and column it came from, so anything found in the joined text can be pointed at in the file.
 */
public final class LogicalLine {
    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    private int endLine;
    private int endColumn;

    /** Appends {@code part}, whose first char sits at {@code line}:{@code column}. */
    void append(CharSequence part, int line, int column) {
        int n = text.length();
        ensure(n + part.length());
        for (int i = 0; i < part.length(); i++) {
            lines[n + i] = line;
            columns[n + i] = column + i;
        }
        text.append(part);
        endLine = line;
        endColumn = column + part.length();
    }

    /** Marks where the line ends when nothing was appended from the last physical line. */
    void markEnd(int line, int column) {
        if (text.isEmpty()) {
            endLine = line;
            endColumn = column;
        }
    }

    private void ensure(int capacity) {
        if (capacity > lines.length) {
            int size = Math.max(capacity, lines.length * 2);
            lines = Arrays.copyOf(lines, size);
            columns = Arrays.copyOf(columns, size);
        }
    }

    public String text() {
        return text.toString();
    }

    public int length() {
        return text.length();
    }

    /** Physical line of the char at {@code offset}; the end of the text maps just past the last char. */
    public int lineAt(int offset) {
        return offset < text.length() ? lines[offset] : endLine;
    }

    public int columnAt(int offset) {
        return offset < text.length() ? columns[offset] : endColumn;
    }

    /** The span covering {@code [start, end)} of the joined text. */
    public Span span(int start, int end) {
        if (end <= start) {
            return new Span(lineAt(start), columnAt(start), lineAt(start), columnAt(start));
        }
        return new Span(lineAt(start), columnAt(start), lineAt(end - 1), columnAt(end - 1) + 1);
    }
}
