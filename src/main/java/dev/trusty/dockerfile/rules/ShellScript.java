package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A RUN script split into simple commands, enough for lint rules: quotes, escapes, comments,
 * redirections and control keywords are understood, and the commands inside {@code $(...)} and
 * backticks are found too (as hadolint's ShellCheck AST does), with their own offsets. Those come
 * after the script's top-level commands in {@link #commands()}, so rules that look at neighbours in a
 * pipeline or chain see the top level unchanged. Written here until the parser's shell package is available.
 */
public final class ShellScript {
    /** ASCII characters that can be inside a word needing no unquoting (the tokenizer's fast path). */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = '!'; c < 128; c++) {
            PLAIN[c] = ";|&()<>\\'\"$`".indexOf(c) < 0;
        }
    }

    private final String text;
    private final IntFunction<int[]> positions;
    private final List<ShellCommand> commands;
    private final int topLevel;
    private boolean hasPipe;

    /**
     * @param text      the script
     * @param positions maps an offset in {@code text} to {line, column} in the Dockerfile
     */
    public ShellScript(String text, IntFunction<int[]> positions) {
        this.text = text;
        this.positions = positions;
        List<ShellCommand> found = new ArrayList<>();
        List<int[]> substitutions = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer(0, text.length(), false, found, substitutions);
        tokenizer.run();
        topLevel = found.size();
        // Command substitutions, outermost first; the ones found inside them are appended as they are met.
        for (int k = 0; k < substitutions.size(); k++) {
            int[] range = substitutions.get(k);
            tokenizer.restart(range[0], range[1]);
            tokenizer.run();
        }
        commands = List.copyOf(found);
    }

    public String text() {
        return text;
    }

    /** Every command: the top-level ones in order, then those inside command substitutions. */
    public List<ShellCommand> commands() {
        return commands;
    }

    /** The commands outside {@code $(...)} and backticks, in order. */
    public List<ShellCommand> topLevelCommands() {
        return commands.subList(0, topLevel);
    }

    /** How many commands are outside {@code $(...)} and backticks (the first ones of {@link #commands()}). */
    int topLevelCount() {
        return topLevel;
    }

    /** True when the command runs inside a {@code $(...)} or backtick substitution. */
    public boolean substituted(ShellCommand command) {
        for (int i = topLevel; i < commands.size(); i++) {
            if (commands.get(i) == command) {
                return true;
            }
        }
        return false;
    }

    /** True when some top-level command's output is piped into another ({@code |}, not {@code ||}). */
    public boolean hasPipe() {
        return hasPipe;
    }

    /** How many top-level commands are chained with {@code &&}, {@code ||}, {@code ;} or newlines, plus one. */
    public int chainLength() {
        int chained = 0;
        for (int i = 0; i < topLevel; i++) {
            if (!commands.get(i).pipedInto()) {
                chained++;
            }
        }
        return chained;
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

    /** Splits {@code text[from, limit)} into commands; command substitutions met are queued for their own pass. */
    private final class Tokenizer {
        private int pos;
        private int limit;
        private boolean nested;
        private final List<ShellCommand> out;
        private final List<int[]> substitutions;
        private final List<ShellWord> words = new ArrayList<>();
        private boolean pipedInto;
        /** How many {@code case ... esac} are open, and whether the words up to the next ')' are a pattern. */
        private int caseDepth;
        private boolean casePattern;

        Tokenizer(int from, int limit, boolean nested, List<ShellCommand> out, List<int[]> substitutions) {
            this.pos = from;
            this.limit = limit;
            this.nested = nested;
            this.out = out;
            this.substitutions = substitutions;
        }

        /** Reuses this tokenizer (and its word list) for the body of a command substitution. */
        void restart(int from, int limit) {
            this.pos = from;
            this.limit = limit;
            this.nested = true;
            words.clear();
            pipedInto = false;
            caseDepth = 0;
            casePattern = false;
        }

        void run() {
            int n = limit;
            while (pos < n) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == '\n' || c == ';') {
                    endCommand(false, true);
                    pos++;
                    if (c == ';' && caseDepth > 0 && pos < n && (text.charAt(pos) == ';' || text.charAt(pos) == '&')) {
                        casePattern = true; // ;; ;& ;;& end a case item: a pattern comes next
                        pos += at(";&") ? 2 : 1;
                    }
                } else if (c == '&' && at("&&")) {
                    endCommand(false, true);
                    pos += 2;
                } else if (c == '|' && casePattern) {
                    pos++; // a|b) : alternatives of one case pattern
                } else if (c == '|' && at("||")) {
                    endCommand(false, true);
                    pos += 2;
                } else if (c == '|') {
                    endCommand(true, false);
                    pos += at("|&") ? 2 : 1;
                } else if (c == '&' && !at("&>")) {
                    endCommand(false, true);
                    pos++;
                } else if (c == '(' && words.size() == 1 && at("()")) {
                    // f() { ...; }: a function definition, not a command named f
                    words.clear();
                    pos += 2;
                } else if (c == ')' && (casePattern || startsCase())) {
                    // "case x in a)" or the pattern of the next item ("b)"): words, not a command
                    caseDepth += casePattern ? 0 : 1;
                    casePattern = false;
                    words.clear();
                    pos++;
                } else if (c == '(' && casePattern && words.isEmpty()) {
                    pos++; // the optional '(' before a pattern
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
            return pos + s.length() <= limit && text.startsWith(s, pos);
        }

        private boolean isRedirection() {
            int p = pos;
            while (p < limit && Character.isDigit(text.charAt(p))) {
                p++;
            }
            if (p >= limit) {
                return false;
            }
            char c = text.charAt(p);
            return c == '>' || c == '<' || (p == pos && c == '&' && p + 1 < limit && text.charAt(p + 1) == '>');
        }

        private void skipRedirection() {
            while (pos < limit && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            while (pos < limit && "<>&|-".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            while (pos < limit && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
            if (pos < limit && "\n;|&()".indexOf(text.charAt(pos)) < 0) {
                readWordText();
            }
        }

        private void readWord() {
            int start = pos;
            // Most words are plain (no quotes, escapes or expansions): then text and raw are one substring.
            int p = pos;
            while (p < limit && isPlain(text.charAt(p))) {
                p++;
            }
            if (p > pos && (p == limit || endsPlainWord(text.charAt(p)))) {
                pos = p;
                words.add(new ShellWord(text, start, p));
                return;
            }
            String value = readWordText();
            words.add(new ShellWord(value, text.substring(start, pos), start, pos));
        }

        private static boolean isPlain(char c) {
            return c >= 128 || PLAIN[c];
        }

        private static boolean endsPlainWord(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '|' || c == '&' || c == ')';
        }

        /** Reads one word from {@code pos}, returning it with quotes and escapes removed. */
        private String readWordText() {
            StringBuilder out = new StringBuilder();
            int n = limit;
            while (pos < n) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '|' || c == '&'
                        || c == '(' || c == ')' || ((c == '<' || c == '>') && !out.isEmpty())) {
                    if ((c == '(') && !out.isEmpty() && out.charAt(out.length() - 1) == '=') {
                        // array assignment a=(x y): keep as one word
                        int close = text.indexOf(')', pos);
                        close = close < 0 || close >= n ? n : close + 1;
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
                    close = close < 0 || close >= n ? n : close;
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
                            int end = substitution();
                            out.append(text, pos, end);
                            pos = end;
                        } else if (d == '`') {
                            int end = backticks();
                            out.append(text, pos, end);
                            pos = end;
                        } else {
                            out.append(d);
                            pos++;
                        }
                    }
                    pos = Math.min(n, pos + 1);
                } else if (c == '$' && pos + 1 < n && text.charAt(pos + 1) == '(') {
                    int end = substitution();
                    out.append(text, pos, end);
                    pos = end;
                } else if (c == '$' && pos + 1 < n && text.charAt(pos + 1) == '{') {
                    int close = text.indexOf('}', pos);
                    close = close < 0 || close >= n ? n : close + 1;
                    out.append(text, pos, close);
                    pos = close;
                } else if (c == '`') {
                    int end = backticks();
                    out.append(text, pos, end);
                    pos = end;
                } else {
                    out.append(c);
                    pos++;
                }
            }
            return out.toString();
        }

        /** The end of the {@code $(...)} at {@code pos}; its body is queued unless it is arithmetic {@code $((...))}. */
        private int substitution() {
            int end = matching(pos + 1);
            boolean closed = end <= limit && text.charAt(end - 1) == ')' && end - 1 > pos + 1;
            if (pos + 2 < limit && text.charAt(pos + 2) != '(') {
                substitutions.add(new int[] {pos + 2, closed ? end - 1 : end});
            }
            return end;
        }

        /** The end of the backtick substitution at {@code pos} (just past its closing backtick); its body is queued. */
        private int backticks() {
            int close = pos + 1;
            while (close < limit && text.charAt(close) != '`') {
                close += text.charAt(close) == '\\' ? 2 : 1;
            }
            close = Math.min(close, limit);
            substitutions.add(new int[] {pos + 1, close});
            return Math.min(limit, close + 1);
        }

        /** The offset just past the parenthesis matching the one at {@code open}. */
        private int matching(int open) {
            int depth = 0;
            int n = limit;
            for (int p = open; p < n; p++) {
                char c = text.charAt(p);
                if (c == '\\') {
                    p++;
                } else if (c == '\'') {
                    int close = text.indexOf('\'', p + 1);
                    p = close < 0 || close >= n ? n : close;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return p + 1;
                }
            }
            return n;
        }

        private boolean startsCase() {
            return !words.isEmpty() && words.getFirst().raw().equals("case");
        }

        private void endCommand(boolean pipeFollows, boolean chained) {
            if (startsCase()) {
                caseDepth++; // "case x in" ended by a newline: the first pattern comes next
                casePattern = true;
            } else if (!words.isEmpty() && words.getFirst().raw().equals("esac")) {
                caseDepth = Math.max(0, caseDepth - 1);
                casePattern = false;
            }
            int first = 0;
            int size = words.size();
            while (first < size && isKeyword(words.get(first).raw())) {
                first++;
            }
            if (first < size && words.get(first).raw().equals("function")) {
                // function f { ...; }: the body's first command follows the name and its brace
                first += 2;
                while (first < size && isKeyword(words.get(first).raw())) {
                    first++;
                }
            }
            int assignmentsEnd = first;
            while (assignmentsEnd < size && isAssignment(words.get(assignmentsEnd).raw())) {
                assignmentsEnd++;
            }
            List<String> assignments = List.of();
            if (assignmentsEnd == first + 1) {
                assignments = List.of(words.get(first).text());
            } else if (assignmentsEnd > first) {
                String[] texts = new String[assignmentsEnd - first];
                for (int i = first; i < assignmentsEnd; i++) {
                    texts[i - first] = words.get(i).text();
                }
                assignments = List.of(texts);
            }
            boolean skipped = assignmentsEnd >= size || words.get(assignmentsEnd).raw().length() <= 6
                    && skipsSegment(words.get(assignmentsEnd).raw())
                    || words.get(assignmentsEnd).raw().endsWith(")") && !words.get(assignmentsEnd).raw().startsWith("$");
            if (!skipped) {
                ShellWord name = words.get(assignmentsEnd);
                List<ShellWord> args = argsFrom(assignmentsEnd + 1);
                out.add(new ShellCommand(name, args, assignments, pipedInto, pipeFollows, ShellScript.this));
            }
            words.clear();
            if (pipeFollows && !nested) {
                hasPipe = true;
            }
            pipedInto = pipeFollows;
        }

        /** The words from {@code from} on as an immutable list, without the sub-list and array copies of List.copyOf. */
        private List<ShellWord> argsFrom(int from) {
            int count = words.size() - from;
            return switch (count) {
                case 0 -> List.of();
                case 1 -> List.of(words.get(from));
                case 2 -> List.of(words.get(from), words.get(from + 1));
                default -> {
                    ShellWord[] args = new ShellWord[count];
                    for (int i = 0; i < count; i++) {
                        args[i] = words.get(from + i);
                    }
                    yield List.of(args);
                }
            };
        }

        /** Every keyword is at most five characters: longer words skip the hash lookup. */
        private static boolean isKeyword(String raw) {
            return raw.length() <= 5 && switch (raw) { // a switch on the cached hash: no probing per word
                case "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time" -> true;
                default -> false;
            };
        }

        /** A word that starts a compound command whose words are not a command (for, case...). */
        private static boolean skipsSegment(String raw) {
            return switch (raw) {
                case "for", "case", "select", "esac", "in" -> true;
                default -> false;
            };
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
