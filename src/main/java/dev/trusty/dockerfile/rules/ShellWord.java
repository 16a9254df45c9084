package dev.trusty.dockerfile.rules;

/**
 * One word of a shell command: {@code text} with quotes and escapes removed, {@code raw} as written,
 * and its offsets in the script it came from.
 */
public record ShellWord(String text, String raw, int start, int end) {

    public boolean isFlag() {
        return text.startsWith("-") && text.length() > 1;
    }

    public boolean hasVariable() {
        return raw.indexOf('$') >= 0 || raw.indexOf('`') >= 0;
    }
}
