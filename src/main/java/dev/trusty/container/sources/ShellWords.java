package dev.trusty.container.sources;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one shell command into words the way a POSIX shell does before expansion: quotes and
 * backslashes are removed, {@code \}-newline continues the line, variables and command
 * substitutions ({@code $VAR}, {@code ${X}}, {@code $(cmd)}, {@code `cmd`}) stay as text. Stops at
 * the end of the command: an unquoted newline, {@code ;}, {@code &}, {@code |}, {@code )} or a comment.
 */
public final class ShellWords {

    /** A word and the offset of its first character in the text. */
    public record Word(String text, int offset) {
    }

    /** The words and where the command ended (the offset just past its last character). */
    public record Command(List<Word> words, int end) {
    }

    private ShellWords() {
    }

    public static Command split(String text, int start) {
        List<Word> words = new ArrayList<>();
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i += 2;
                continue;
            }
            if (c == '\\' && i + 2 < n && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n') {
                i += 3;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            if (c == '\n' || c == ';' || c == '&' || c == '|' || c == ')' || c == '#') {
                break;
            }
            int wordStart = i;
            StringBuilder word = new StringBuilder();
            i = readWord(text, i, word);
            words.add(new Word(word.toString(), wordStart));
        }
        return new Command(words, i);
    }

    private static int readWord(String text, int i, StringBuilder out) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == ')') {
                return i;
            }
            if (c == '\\') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i += 2;
                } else if (i + 1 < n) {
                    out.append(text.charAt(i + 1));
                    i += 2;
                } else {
                    i++;
                }
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                int end = close < 0 ? n : close;
                out.append(text, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(text, i + 1, out);
            } else if (c == '$' && i + 1 < n && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '{')) {
                int end = matching(text, i + 1);
                out.append(text, i, end);
                i = end;
            } else if (c == '`') {
                int close = text.indexOf('`', i + 1);
                int end = close < 0 ? n : close + 1;
                out.append(text, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    private static int readDoubleQuoted(String text, int i, StringBuilder out) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < n && "$`\"\\\n".indexOf(text.charAt(i + 1)) >= 0) {
                if (text.charAt(i + 1) != '\n') {
                    out.append(text.charAt(i + 1));
                }
                i += 2;
            } else if (c == '$' && i + 1 < n && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '{')) {
                int end = matching(text, i + 1);
                out.append(text, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return n;
    }

    /** The offset just past the bracket that closes the one at {@code open}. */
    private static int matching(String text, int open) {
        char o = text.charAt(open);
        char close = o == '(' ? ')' : '}';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == o) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
