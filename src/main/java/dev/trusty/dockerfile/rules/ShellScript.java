package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A RUN script split into simple commands, enough for lint rules: quotes, escapes, {@code $(...)},
 * comments, redirections and control keywords are understood; the contents of command substitutions
 * are not searched. Written here until the parser's shell package is available.
 */
public final class ShellScript {
    private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "do", "done",
            "while", "until", "!", "{", "}", "time");
    private static final Set<String> SKIP_SEGMENT = Set.of("for", "case", "select", "function", "esac", "in");

    private final String text;
    private final IntFunction<int[]> positions;
    private final List<ShellCommand> commands = new ArrayList<>();
    private boolean hasPipe;

    /**
     * @param text      the script
     * @param positions maps an offset in {@code text} to {line, column} in the Dockerfile
     */
    public ShellScript(String text, IntFunction<int[]> positions) {
        this.text = text;
        this.positions = positions;
        new Tokenizer().run();
    }

    public String text() {
        return text;
    }

    public List<ShellCommand> commands() {
        return commands;
    }

    /** True when some command's output is piped into another ({@code |}, not {@code ||}). */
    public boolean hasPipe() {
        return hasPipe;
    }

    /** How many commands are chained with {@code &&}, {@code ||}, {@code ;} or newlines, plus one. */
    public int chainLength() {
        return (int) commands.stream().filter(c -> !c.pipedInto()).count();
    }

    /** Where {@code [start, end)} of the script is in the Dockerfile. */
    public Span span(int start, int end) {
        int[] a = positions.apply(start);
        int[] b = positions.apply(Math.max(start, end - 1));
        return new Span(a[0], a[1], b[0], b[1] + (end > start ? 1 : 0));
    }

    public Span span(ShellWord word) {
        return span(word.start(), word.end());
    }

    public Span span(ShellCommand command) {
        ShellWord last = command.args().isEmpty() ? command.nameWord() : command.args().getLast();
        return span(command.nameWord().start(), last.end());
    }

    public boolean uses(String commandName) {
        for (ShellCommand c : commands) {
            if (c.is(commandName)) {
                return true;
            }
        }
        return false;
    }

    private final class Tokenizer {
        private int pos;
        private final List<ShellWord> words = new ArrayList<>();
        private boolean pipedInto;

        void run() {
            int n = text.length();
            while (pos < n) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == '\n' || c == ';') {
                    endCommand(false, true);
                    pos++;
                } else if (c == '&' && at("&&")) {
                    endCommand(false, true);
                    pos += 2;
                } else if (c == '|' && at("||")) {
                    endCommand(false, true);
                    pos += 2;
                } else if (c == '|') {
                    endCommand(true, false);
                    pos += at("|&") ? 2 : 1;
                } else if (c == '&' && !at("&>")) {
                    endCommand(false, true);
                    pos++;
                } else if (c == '(' || c == ')') {
                    endCommand(false, false);
                    pos++;
                } else if (c == '#' && words.isEmpty() || c == '#' && (pos == 0 || isBlank(text.charAt(pos - 1)))) {
                    while (pos < n && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (isRedirection()) {
                    skipRedirection();
                } else {
                    readWord();
                }
            }
            endCommand(false, false);
        }

        private boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\n';
        }

        private boolean at(String s) {
            return text.startsWith(s, pos);
        }

        private boolean isRedirection() {
            int p = pos;
            while (p < text.length() && Character.isDigit(text.charAt(p))) {
                p++;
            }
            if (p >= text.length()) {
                return false;
            }
            char c = text.charAt(p);
            return c == '>' || c == '<' || (p == pos && c == '&' && p + 1 < text.length() && text.charAt(p + 1) == '>');
        }

        private void skipRedirection() {
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            while (pos < text.length() && "<>&|-".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
            if (pos < text.length() && "\n;|&()".indexOf(text.charAt(pos)) < 0) {
                readWordText();
            }
        }

        private void readWord() {
            int start = pos;
            String value = readWordText();
            words.add(new ShellWord(value, text.substring(start, pos), start, pos));
        }

        /** Reads one word from {@code pos}, returning it with quotes and escapes removed. */
        private String readWordText() {
            StringBuilder out = new StringBuilder();
            int n = text.length();
            while (pos < n) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '|' || c == '&'
                        || c == '(' || c == ')' || ((c == '<' || c == '>') && !out.isEmpty())) {
                    if ((c == '(') && !out.isEmpty() && out.charAt(out.length() - 1) == '=') {
                        // array assignment a=(x y): keep as one word
                        int close = text.indexOf(')', pos);
                        close = close < 0 ? n : close + 1;
                        out.append(text, pos, close);
                        pos = close;
                        continue;
                    }
                    break;
                }
                if (c == '\\') {
                    if (pos + 1 < n) {
                        if (text.charAt(pos + 1) != '\n') {
                            out.append(text.charAt(pos + 1));
                        }
                        pos += 2;
                    } else {
                        pos++;
                    }
                } else if (c == '\'') {
                    int close = text.indexOf('\'', pos + 1);
                    close = close < 0 ? n : close;
                    out.append(text, pos + 1, close);
                    pos = Math.min(n, close + 1);
                } else if (c == '"') {
                    pos++;
                    while (pos < n && text.charAt(pos) != '"') {
                        char d = text.charAt(pos);
                        if (d == '\\' && pos + 1 < n && "\"\\$`\n".indexOf(text.charAt(pos + 1)) >= 0) {
                            if (text.charAt(pos + 1) != '\n') {
                                out.append(text.charAt(pos + 1));
                            }
                            pos += 2;
                        } else if (d == '$' && pos + 1 < n && text.charAt(pos + 1) == '(') {
                            int end = matching(pos + 1);
                            out.append(text, pos, end);
                            pos = end;
                        } else {
                            out.append(d);
                            pos++;
                        }
                    }
                    pos = Math.min(n, pos + 1);
                } else if (c == '$' && pos + 1 < n && text.charAt(pos + 1) == '(') {
                    int end = matching(pos + 1);
                    out.append(text, pos, end);
                    pos = end;
                } else if (c == '$' && pos + 1 < n && text.charAt(pos + 1) == '{') {
                    int close = text.indexOf('}', pos);
                    close = close < 0 ? n : close + 1;
                    out.append(text, pos, close);
                    pos = close;
                } else if (c == '`') {
                    int close = text.indexOf('`', pos + 1);
                    close = close < 0 ? n : close + 1;
                    out.append(text, pos, close);
                    pos = close;
                } else {
                    out.append(c);
                    pos++;
                }
            }
            return out.toString();
        }

        /** The offset just past the parenthesis matching the one at {@code open}. */
        private int matching(int open) {
            int depth = 0;
            int n = text.length();
            for (int p = open; p < n; p++) {
                char c = text.charAt(p);
                if (c == '\\') {
                    p++;
                } else if (c == '\'') {
                    int close = text.indexOf('\'', p + 1);
                    p = close < 0 ? n : close;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return p + 1;
                }
            }
            return n;
        }

        private void endCommand(boolean pipeFollows, boolean chained) {
            List<ShellWord> ws = new ArrayList<>(words);
            words.clear();
            while (!ws.isEmpty() && KEYWORDS.contains(ws.getFirst().raw())) {
                ws.removeFirst();
            }
            List<String> assignments = new ArrayList<>();
            while (!ws.isEmpty() && isAssignment(ws.getFirst().raw())) {
                assignments.add(ws.removeFirst().text());
            }
            boolean skipped = ws.isEmpty() || SKIP_SEGMENT.contains(ws.getFirst().raw())
                    || ws.getFirst().raw().endsWith(")") && !ws.getFirst().raw().startsWith("$");
            if (!skipped) {
                ShellWord name = ws.removeFirst();
                commands.add(new ShellCommand(name, List.copyOf(ws), List.copyOf(assignments), pipedInto,
                        pipeFollows, ShellScript.this));
            }
            if (pipeFollows) {
                hasPipe = true;
            }
            pipedInto = pipeFollows;
        }

        private static boolean isAssignment(String raw) {
            int eq = raw.indexOf('=');
            if (eq <= 0) {
                return false;
            }
            for (int i = 0; i < eq; i++) {
                char c = raw.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_') || i == 0 && Character.isDigit(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
