package dev.trusty.dockerfile.rules;

import java.util.Objects;

/**
 * One word of a shell command: {@code text} with quotes and escapes removed, {@code raw} as written,
 * and its offsets in the script it came from.
 * <p>
 * Most words are plain (no quotes, escapes or expansions: text and raw are the same) and most are never read
 * by a rule, so a plain word keeps only its offsets and cuts its text from the script on first use.
 */
public final class ShellWord {
    /** The script a plain word is cut from; null for a word made with its texts. */
    private final String source;
    private final int start;
    private final int end;
    private String text;
    private String raw;

    public ShellWord(String text, String raw, int start, int end) {
        this.source = null;
        this.text = text;
        this.raw = raw;
        this.start = start;
        this.end = end;
    }

    /** A plain word: {@code source[start, end)} is both its text and its raw form. */
    ShellWord(String source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    public String text() {
        String t = text;
        if (t == null) {
            t = source.substring(start, end);
            text = t;
        }
        return t;
    }

    public String raw() {
        String r = raw;
        return r != null ? r : text(); // a plain word's raw form is its text
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /**
     * The string holding this word's text from {@link #offset()} for {@link #length()} characters: the script
     * for a plain word (cut or not), so rules' helpers can read a word without cutting it.
     */
    String chars() {
        return source != null ? source : text;
    }

    int offset() {
        return source != null ? start : 0;
    }

    int length() {
        return source != null ? end - start : text.length();
    }

    /** True when the text is {@code s}; a plain word is compared in place. */
    boolean textIs(String s) {
        return source != null ? s.length() == end - start && source.startsWith(s, start) : text.equals(s);
    }

    public boolean isFlag() {
        String t = text;
        if (t == null) { // plain and not cut yet: read the script in place
            return end - start > 1 && source.charAt(start) == '-';
        }
        return t.startsWith("-") && t.length() > 1;
    }

    public boolean hasVariable() {
        if (source != null) {
            return false; // a plain word has no '$' and no '`'
        }
        return raw.indexOf('$') >= 0 || raw.indexOf('`') >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShellWord w && start == w.start && end == w.end && text().equals(w.text())
                && raw().equals(w.raw());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), raw(), start, end);
    }

    @Override
    public String toString() {
        return "ShellWord[text=" + text() + ", raw=" + raw() + ", start=" + start + ", end=" + end + "]";
    }
}
