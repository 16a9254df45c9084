package dev.trusty.dockerfile.shell;

import dev.trusty.dockerfile.shell.ShellNode.AndOr;
import dev.trusty.dockerfile.shell.ShellNode.Case;
import dev.trusty.dockerfile.shell.ShellNode.For;
import dev.trusty.dockerfile.shell.ShellNode.Function;
import dev.trusty.dockerfile.shell.ShellNode.Group;
import dev.trusty.dockerfile.shell.ShellNode.If;
import dev.trusty.dockerfile.shell.ShellNode.Loop;
import dev.trusty.dockerfile.shell.ShellNode.Pipeline;
import dev.trusty.dockerfile.shell.ShellNode.Redirect;
import dev.trusty.dockerfile.shell.ShellNode.Sequence;
import dev.trusty.dockerfile.shell.ShellNode.SimpleCommand;
import dev.trusty.dockerfile.shell.ShellNode.Subshell;
import dev.trusty.dockerfile.shell.ShellNode.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for POSIX sh plus the bash forms common in Dockerfiles ({@code [[ ]]},
 * {@code (( ))}, {@code $'..'}, {@code function f}, {@code |&}, {@code &>}, {@code <<<}, process
 * substitution). It reads structure only; expansions are kept as text inside words.
 */
public final class ShellParser {
    private static final Set<String> LIST_END = Set.of("then", "fi", "do", "done", "else", "elif", "esac", "}");
    private static final int MAX_DEPTH = 200;

    private final String s;
    private int pos;
    private int depth;
    /** How many backtick substitutions enclose the current position. */
    private int backtickDepth;
    private final List<Redirect[]> pendingHeredocs = new ArrayList<>();
    private final List<Integer> pendingIndexes = new ArrayList<>();
    private final List<List<Redirect>> pendingOwners = new ArrayList<>();

    private ShellParser(String s) {
        this.s = s;
    }

    /** Parses a whole script; throws with the offset where it stopped making sense. */
    public static ShellNode parse(String script) throws ShellSyntaxException {
        ShellParser p = new ShellParser(script);
        ShellNode root = p.list(false);
        p.skipBlanksAndComments();
        if (p.pos < p.s.length()) {
            throw p.error("unexpected '" + p.s.charAt(p.pos) + "'");
        }
        return root;
    }

    private ShellSyntaxException error(String message) {
        return new ShellSyntaxException(Math.min(pos, s.length()), message);
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private char peek(int ahead) {
        return pos + ahead < s.length() ? s.charAt(pos + ahead) : '\0';
    }

    private boolean atEnd() {
        return pos >= s.length();
    }

    private boolean startsWith(String t) {
        return s.startsWith(t, pos);
    }

    private void skipBlanks() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && peek(1) == '\n') {
                pos += 2;
            } else {
                return;
            }
        }
    }

    private void skipBlanksAndComments() {
        skipBlanks();
        if (peek() == '#') {
            while (pos < s.length() && s.charAt(pos) != '\n') {
                pos++;
            }
        }
    }

    /** Consumes newlines (and the heredoc bodies that follow them), blanks and comments. */
    private void linebreak() throws ShellSyntaxException {
        while (true) {
            skipBlanksAndComments();
            if (peek() == '\n') {
                newline();
            } else {
                return;
            }
        }
    }

    private void newline() throws ShellSyntaxException {
        pos++;
        readHeredocBodies();
    }

    private void readHeredocBodies() throws ShellSyntaxException {
        for (int k = 0; k < pendingHeredocs.size(); k++) {
            Redirect r = pendingHeredocs.get(k)[0];
            boolean strip = r.op().equals("<<-");
            String delimiter = r.target().value();
            StringBuilder body = new StringBuilder();
                while (pos < s.length()) {
                int nl = s.indexOf('\n', pos);
                int lineEnd = nl < 0 ? s.length() : nl;
                String line = s.substring(pos, lineEnd);
                pos = nl < 0 ? s.length() : nl + 1;
                String cmp = strip ? line.replaceFirst("^\t+", "") : line;
                if (cmp.equals(delimiter)) {
                    break;
                }
                body.append(line).append('\n');
            }
            // Like bash, a here-document cut off by the end of the script ends there.
            Redirect filled = new Redirect(r.fd(), r.op(), r.target(), body.toString(), r.start(), r.end());
            List<Redirect> owner = pendingOwners.get(k);
            owner.set(pendingIndexes.get(k), filled);
        }
        pendingHeredocs.clear();
        pendingIndexes.clear();
        pendingOwners.clear();
    }

    /** A word at the current position if it is an unquoted reserved word, else null. */
    private String peekReserved() {
        int i = pos;
        while (i < s.length() && isWordChar(s.charAt(i)) && s.charAt(i) != '\\' && s.charAt(i) != '\''
                && s.charAt(i) != '"' && s.charAt(i) != '$' && s.charAt(i) != '`') {
            i++;
        }
        String w = s.substring(pos, i);
        if (w.isEmpty()) {
            return null;
        }
        return w;
    }

    private boolean isWordChar(char c) {
        return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == '('
                || c == ')' || c == '<' || c == '>');
    }

    private void expectWord(String w) throws ShellSyntaxException {
        linebreak();
        String r = peekReserved();
        if (!w.equals(r)) {
            throw error("expected '" + w + "'");
        }
        pos += w.length();
    }

    /** A list of and-or items up to EOF, ')', ';;' or a closing reserved word. */
    private ShellNode list(boolean inner) throws ShellSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("nesting too deep");
        }
        int start = pos;
        List<ShellNode> items = new ArrayList<>();
        List<Boolean> background = new ArrayList<>();
        while (true) {
            linebreak();
            if (atEnd() || peek() == ')' || startsWith(";;") || startsWith(";&") || peek() == '`') {
                break;
            }
            String r = peekReserved();
            if (r != null && LIST_END.contains(r)) {
                break;
            }
            ShellNode item = andOr();
            skipBlanksAndComments();
            boolean bg = false;
            if (peek() == '&' && peek(1) != '&') {
                pos++;
                bg = true;
            } else if (peek() == ';' && peek(1) != ';' && peek(1) != '&') {
                pos++;
            } else if (peek() == '\n') {
                newline();
            } else if (!atEnd() && peek() != ')' && !startsWith(";;") && !startsWith(";&") && peek() != '`'
                    && !(peekReserved() != null && LIST_END.contains(peekReserved()))) {
                throw error("unexpected '" + peek() + "'");
            }
            items.add(item);
            background.add(bg);
        }
        depth--;
        if (items.isEmpty() && inner) {
            throw error("empty command list");
        }
        if (items.size() == 1 && !background.get(0)) {
            return items.get(0);
        }
        return new Sequence(items, background, start, pos);
    }

    private ShellNode andOr() throws ShellSyntaxException {
        int start = pos;
        List<ShellNode> items = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        items.add(pipeline());
        while (true) {
            skipBlanks();
            if (startsWith("&&") || startsWith("||")) {
                ops.add(s.substring(pos, pos + 2));
                pos += 2;
                linebreak();
                items.add(pipeline());
            } else {
                break;
            }
        }
        return items.size() == 1 ? items.get(0) : new AndOr(items, ops, start, pos);
    }

    private ShellNode pipeline() throws ShellSyntaxException {
        skipBlanks();
        int start = pos;
        boolean negated = false;
        if (peek() == '!' && (peek(1) == ' ' || peek(1) == '\t')) {
            negated = true;
            pos++;
            skipBlanks();
        }
        List<ShellNode> commands = new ArrayList<>();
        commands.add(command());
        while (true) {
            skipBlanks();
            if (peek() == '|' && peek(1) != '|') {
                pos += peek(1) == '&' ? 2 : 1;
                linebreak();
                commands.add(command());
            } else {
                break;
            }
        }
        return commands.size() == 1 && !negated ? commands.get(0) : new Pipeline(negated, commands, start, pos);
    }

    private ShellNode command() throws ShellSyntaxException {
        skipBlanks();
        int start = pos;
        if (peek() == '(') {
            if (peek(1) == '(') {
                return arithmetic(start);
            }
            pos++;
            ShellNode body = list(true);
            expectChar(')');
            return new Subshell(body, redirects(), start, pos);
        }
        String r = peekReserved();
        if (r != null) {
            switch (r) {
                case "{" -> {
                    pos++;
                    ShellNode body = list(true);
                    expectWord("}");
                    return new Group(body, redirects(), start, pos);
                }
                case "if" -> {
                    return ifCommand(start);
                }
                case "for", "select" -> {
                    return forCommand(start);
                }
                case "while", "until" -> {
                    pos += r.length();
                    ShellNode cond = list(true);
                    expectWord("do");
                    ShellNode body = list(true);
                    expectWord("done");
                    return new Loop(r.equals("until"), cond, body, redirects(), start, pos);
                }
                case "case" -> {
                    return caseCommand(start);
                }
                case "function" -> {
                    pos += r.length();
                    skipBlanks();
                    Word name = word();
                    skipBlanks();
                    if (startsWith("()")) {
                        pos += 2;
                    }
                    linebreak();
                    ShellNode body = command();
                    return new Function(name.value(), body, start, pos);
                }
                case "[[" -> {
                    return test(start, "]]", "[[");
                }
                default -> {
                    if (LIST_END.contains(r)) {
                        throw error("unexpected '" + r + "'");
                    }
                }
            }
        }
        return simple(start);
    }

    private ShellNode arithmetic(int start) throws ShellSyntaxException {
        pos += 2;
        int open = 1;
        int from = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
                if (open == 0) {
                    if (peek(1) != ')') {
                        throw error("expected '))'");
                    }
                    String inner = s.substring(from, pos);
                    pos += 2;
                    Word w = new Word(inner, inner, false, true, from, from + inner.length(), List.of());
                    return new Test("((", List.of(w), start, pos);
                }
            }
            pos++;
        }
        throw error("unterminated '(('");
    }

    private ShellNode test(int start, String close, String open) throws ShellSyntaxException {
        pos += open.length();
        List<Word> words = new ArrayList<>();
        while (true) {
            skipBlanks();
            while (peek() == '\n') {
                pos++;
                skipBlanks();
            }
            if (atEnd()) {
                throw error("unterminated '" + open + "'");
            }
            if (startsWith(close) && (pos + close.length() >= s.length() || !isWordChar(s.charAt(pos + close.length()))
                    || s.charAt(pos + close.length()) == ' ')) {
                pos += close.length();
                return new Test(open, words, start, pos);
            }
            char c = peek();
            if (c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')' || c == ';') {
                int b = pos;
                pos += (peek(1) == c && (c == '&' || c == '|')) ? 2 : 1;
                String op = s.substring(b, pos);
                words.add(new Word(op, op, false, false, b, pos, List.of()));
                continue;
            }
            words.add(word());
        }
    }

    private void expectChar(char c) throws ShellSyntaxException {
        linebreak();
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private ShellNode ifCommand(int start) throws ShellSyntaxException {
        pos += 2;
        List<ShellNode> conds = new ArrayList<>();
        List<ShellNode> branches = new ArrayList<>();
        ShellNode elseBranch = null;
        conds.add(list(true));
        expectWord("then");
        branches.add(list(true));
        while (true) {
            linebreak();
            String r = peekReserved();
            if ("elif".equals(r)) {
                pos += 4;
                conds.add(list(true));
                expectWord("then");
                branches.add(list(true));
            } else if ("else".equals(r)) {
                pos += 4;
                elseBranch = list(true);
                expectWord("fi");
                break;
            } else {
                expectWord("fi");
                break;
            }
        }
        return new If(conds, branches, elseBranch, redirects(), start, pos);
    }

    private ShellNode forCommand(int start) throws ShellSyntaxException {
        pos += peekReserved().length();
        skipBlanks();
        if (startsWith("((")) {
            ShellNode header = arithmetic(pos);
            skipBlanks();
            if (peek() == ';') {
                pos++;
            }
            expectWord("do");
            ShellNode body = list(true);
            expectWord("done");
            List<Word> items = ((Test) header).words();
            return new For("", items, body, redirects(), start, pos);
        }
        Word var = word();
        List<Word> items = new ArrayList<>();
        skipBlanks();
        linebreakIfNext();
        if ("in".equals(peekReserved())) {
            pos += 2;
            while (true) {
                skipBlanks();
                char c = peek();
                if (atEnd() || c == ';' || c == '\n') {
                    break;
                }
                items.add(word());
            }
        }
        skipBlanks();
        if (peek() == ';') {
            pos++;
        }
        expectWord("do");
        ShellNode body = list(true);
        expectWord("done");
        return new For(var.value(), items, body, redirects(), start, pos);
    }

    private void linebreakIfNext() throws ShellSyntaxException {
        int save = pos;
        linebreak();
        if (!"in".equals(peekReserved()) && !"do".equals(peekReserved())) {
            pos = save;
        }
    }

    private ShellNode caseCommand(int start) throws ShellSyntaxException {
        pos += 4;
        skipBlanks();
        Word subject = word();
        expectWord("in");
        List<List<Word>> patterns = new ArrayList<>();
        List<ShellNode> bodies = new ArrayList<>();
        while (true) {
            linebreak();
            if ("esac".equals(peekReserved())) {
                pos += 4;
                break;
            }
            if (atEnd()) {
                throw error("expected 'esac'");
            }
            if (peek() == '(') {
                pos++;
            }
            List<Word> pats = new ArrayList<>();
            while (true) {
                skipBlanks();
                pats.add(word());
                skipBlanks();
                if (peek() == '|') {
                    pos++;
                    continue;
                }
                break;
            }
            if (peek() != ')') {
                throw error("expected ')' in case pattern");
            }
            pos++;
            patterns.add(pats);
            bodies.add(list(false));
            linebreak();
            if (startsWith(";;&")) {
                pos += 3;
            } else if (startsWith(";;") || startsWith(";&")) {
                pos += 2;
            } else if (!"esac".equals(peekReserved())) {
                throw error("expected ';;'");
            }
        }
        return new Case(subject, patterns, bodies, redirects(), start, pos);
    }

    private List<Redirect> redirects() throws ShellSyntaxException {
        List<Redirect> out = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (!atRedirect()) {
                return out;
            }
            redirect(out);
        }
    }

    private boolean atRedirect() {
        int i = pos;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '{' && i == pos) {
            int close = s.indexOf('}', i);
            if (close > 0 && close + 1 < s.length() && (s.charAt(close + 1) == '<' || s.charAt(close + 1) == '>')
                    && s.substring(i + 1, close).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                return true;
            }
        }
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
            return false;
        }
        if (c == '>' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
            return false;
        }
        return c == '<' || c == '>' || (i == pos && c == '&' && i + 1 < s.length() && s.charAt(i + 1) == '>');
    }

    private void redirect(List<Redirect> out) throws ShellSyntaxException {
        int start = pos;
        int fdStart = pos;
        if (peek() == '{') {
            pos = s.indexOf('}', pos) + 1;
        }
        while (Character.isDigit(peek())) {
            pos++;
        }
        String fd = s.substring(fdStart, pos);
        String op;
        String[] ops = {"<<<", "<<-", "&>>", "<<", ">>", "<&", ">&", "<>", ">|", "&>", "<", ">"};
        op = null;
        for (String o : ops) {
            if (startsWith(o)) {
                op = o;
                break;
            }
        }
        if (op == null) {
            throw error("bad redirection");
        }
        pos += op.length();
        skipBlanks();
        if (atEnd() || !isWordChar(peek())) {
            throw error("missing redirection target");
        }
        Word target = word();
        Redirect r = new Redirect(fd, op, target, null, start, pos);
        out.add(r);
        if (op.equals("<<") || op.equals("<<-")) {
            pendingHeredocs.add(new Redirect[] {r});
            pendingIndexes.add(out.size() - 1);
            pendingOwners.add(out);
        }
    }

    private ShellNode simple(int start) throws ShellSyntaxException {
        List<Word> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (atEnd()) {
                break;
            }
            char c = peek();
            if (atRedirect()) {
                redirect(redirects);
                continue;
            }
            if ((c == '<' || c == '>') && peek(1) == '(') {
                words.add(word());
                continue;
            }
            if (!isWordChar(c) || c == '#') {
                break;
            }
            if (c == '`' && closesBacktick()) {
                break;
            }
            Word w = word();
            if (words.isEmpty() && isAssignment(w.raw())) {
                if (peek() == '(' && w.raw().endsWith("=")) {
                    Word array = arrayValue(w);
                    assignments.add(array);
                    continue;
                }
                assignments.add(w);
            } else {
                words.add(w);
            }
            if (words.size() == 1 && assignments.isEmpty()) {
                int save = pos;
                skipBlanks();
                if (startsWith("()")) {
                    pos += 2;
                    linebreak();
                    ShellNode body = command();
                    return new Function(w.value(), body, start, pos);
                }
                pos = save;
            }
        }
        if (words.isEmpty() && assignments.isEmpty() && redirects.isEmpty()) {
            throw error(atEnd() ? "unexpected end of script" : "unexpected '" + peek() + "'");
        }
        return new SimpleCommand(assignments, words, redirects, start, pos);
    }

    /** Inside a backtick substitution, a backtick ends the inner script. */
    private boolean closesBacktick() {
        return backtickDepth > 0;
    }

    private Word arrayValue(Word name) throws ShellSyntaxException {
        int start = name.start();
        pos++;
        int open = 1;
        while (pos < s.length() && open > 0) {
            char c = s.charAt(pos);
            if (c == '\\') {
                pos++;
            } else if (c == '\'') {
                int close = s.indexOf('\'', pos + 1);
                if (close < 0) {
                    throw error("unterminated quote");
                }
                pos = close;
            } else if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
            pos++;
        }
        if (open > 0) {
            throw error("unterminated array");
        }
        String raw = s.substring(start, pos);
        return new Word(raw, raw, false, true, start, pos, List.of());
    }

    private static boolean isAssignment(String raw) {
        int eq = raw.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        int nameEnd = raw.charAt(eq - 1) == '+' ? eq - 1 : eq;
        int bracket = raw.indexOf('[');
        if (bracket > 0 && bracket < nameEnd) {
            nameEnd = bracket;
        }
        if (nameEnd == 0) {
            return false;
        }
        if (!Character.isLetter(raw.charAt(0)) && raw.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < nameEnd; i++) {
            char c = raw.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Reads one word: quotes, escapes, and expansions, up to an unquoted metacharacter. */
    private Word word() throws ShellSyntaxException {
        int start = pos;
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean expansion = false;
        List<ShellScript> subs = new ArrayList<>();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (!isWordChar(c)) {
                if ((c == '<' || c == '>') && peek(1) == '(' && pos == start) {
                    int b = pos;
                    pos++;
                    subs.add(substitution(')'));
                    value.append(s, b, pos);
                    expansion = true;
                    continue;
                }
                break;
            }
            if (c == '`' && backtickDepth > 0) {
                break;
            }
            switch (c) {
                case '\\' -> {
                    if (pos + 1 >= s.length()) {
                        pos++;
                    } else if (s.charAt(pos + 1) == '\n') {
                        pos += 2;
                    } else {
                        value.append(s.charAt(pos + 1));
                        pos += 2;
                        quoted = true;
                    }
                }
                case '\'' -> {
                    int close = s.indexOf('\'', pos + 1);
                    if (close < 0) {
                        throw error("unterminated single quote");
                    }
                    value.append(s, pos + 1, close);
                    pos = close + 1;
                    quoted = true;
                }
                case '"' -> {
                    pos++;
                    quoted = true;
                    expansion |= doubleQuoted(value, subs);
                }
                case '$' -> {
                    if (peek(1) == '\'') {
                        pos += 2;
                        ansiC(value);
                        quoted = true;
                    } else if (peek(1) == '"') {
                        pos++;
                    } else {
                        expansion |= dollar(value, subs);
                    }
                }
                case '`' -> {
                    int b = pos;
                    subs.add(backtick());
                    value.append(s, b, pos);
                    expansion = true;
                }
                default -> {
                    value.append(c);
                    pos++;
                }
            }
        }
        if (pos == start) {
            throw error(atEnd() ? "unexpected end of script" : "unexpected '" + peek() + "'");
        }
        return new Word(s.substring(start, pos), value.toString(), quoted, expansion, start, pos, List.copyOf(subs));
    }

    private boolean doubleQuoted(StringBuilder value, List<ShellScript> subs) throws ShellSyntaxException {
        boolean expansion = false;
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated double quote");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return expansion;
            }
            if (c == '\\' && pos + 1 < s.length()) {
                char n = s.charAt(pos + 1);
                if (n == '$' || n == '`' || n == '"' || n == '\\') {
                    value.append(n);
                    pos += 2;
                } else if (n == '\n') {
                    pos += 2;
                } else {
                    value.append(c);
                    pos++;
                }
            } else if (c == '$') {
                expansion |= dollar(value, subs);
            } else if (c == '`') {
                int b = pos;
                int saved = backtickDepth;
                backtickDepth = 0;
                subs.add(backtick());
                backtickDepth = saved;
                value.append(s, b, pos);
                expansion = true;
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    private void ansiC(StringBuilder value) throws ShellSyntaxException {
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated $'...' quote");
            }
            char c = s.charAt(pos);
            if (c == '\'') {
                pos++;
                return;
            }
            if (c == '\\' && pos + 1 < s.length()) {
                char n = s.charAt(pos + 1);
                value.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    /** At a '$': appends the expansion's source text; returns whether it was an expansion. */
    private boolean dollar(StringBuilder value, List<ShellScript> subs) throws ShellSyntaxException {
        int b = pos;
        char n = peek(1);
        if (n == '(') {
            if (peek(2) == '(') {
                pos += 3;
                skipArithmetic();
            } else {
                pos += 1;
                subs.add(substitution(')'));
            }
        } else if (n == '{') {
            pos += 2;
            skipBraced();
        } else if (Character.isLetterOrDigit(n) || n == '_') {
            pos++;
            if (Character.isDigit(n)) {
                pos++;
            } else {
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
            }
        } else if ("@*#?-$!".indexOf(n) >= 0 && n != '\0') {
            pos += 2;
        } else {
            value.append('$');
            pos++;
            return false;
        }
        value.append(s, b, pos);
        return true;
    }

    private void skipArithmetic() throws ShellSyntaxException {
        int open = 2;
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
                if (open == 0) {
                    return;
                }
            }
        }
        throw error("unterminated $((");
    }

    private void skipBraced() throws ShellSyntaxException {
        int open = 1;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '\'' ) {
                int close = s.indexOf('\'', pos + 1);
                pos = close < 0 ? s.length() : close + 1;
                continue;
            }
            if (c == '"') {
                pos++;
                doubleQuoted(new StringBuilder(), new ArrayList<>());
                continue;
            }
            if (c == '$' && peek(1) == '(') {
                dollar(new StringBuilder(), new ArrayList<>());
                continue;
            }
            pos++;
            if (c == '{') {
                open++;
            } else if (c == '}') {
                open--;
                if (open == 0) {
                    return;
                }
            }
        }
        throw error("unterminated ${");
    }

    /** At '(' of {@code $(..)} or {@code <(..)}: parses the inner list up to the matching ')'. */
    private ShellScript substitution(char close) throws ShellSyntaxException {
        pos++;
        int inner = pos;
        int savedTick = backtickDepth;
        backtickDepth = 0;
        ShellNode body = list(false);
        backtickDepth = savedTick;
        linebreak();
        if (peek() != close) {
            throw error("expected '" + close + "' to close command substitution");
        }
        pos++;
        return new ShellScript(s.substring(inner, pos - 1), body, null);
    }

    private ShellScript backtick() throws ShellSyntaxException {
        pos++;
        int inner = pos;
        backtickDepth++;
        ShellNode body = list(false);
        backtickDepth--;
        linebreak();
        if (peek() != '`') {
            throw error("unterminated backquote");
        }
        pos++;
        return new ShellScript(s.substring(inner, pos - 1), body, null);
    }
}
