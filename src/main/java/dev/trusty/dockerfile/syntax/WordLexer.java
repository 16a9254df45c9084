package dev.trusty.dockerfile.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * BuildKit's shell-word lexer: quote removal and variable substitution the way the Dockerfile frontend
 * does it (not the way a real shell does). Used for expansion in instructions and for heredoc detection.
 */
public final class WordLexer {
    private static final int EOF = -1;

    private final int escapeToken;
    private boolean rawQuotes;
    private boolean rawEscapes;
    private boolean skipUnsetEnv;

    // per-call state
    private String src;
    private int pos;
    private Function<String, String> env;
    private final Set<String> unset = new LinkedHashSet<>();

    public WordLexer(char escapeToken) {
        this.escapeToken = escapeToken;
    }

    /** Keep quote characters in the output. */
    public WordLexer rawQuotes(boolean on) {
        this.rawQuotes = on;
        return this;
    }

    /** Keep escape tokens in the output. */
    public WordLexer rawEscapes(boolean on) {
        this.rawEscapes = on;
        return this;
    }

    /** Leave references to unset variables as written instead of expanding them to "". */
    public WordLexer skipUnsetEnv(boolean on) {
        this.skipUnsetEnv = on;
        return this;
    }

    /**
     * Names referenced without a fallback during the last call that had no value: {@code $x}, {@code ${x}},
     * {@code ${x#p}}, {@code ${x/p/r}}, but not {@code ${x:-d}}, {@code ${x+y}} or {@code ${x?msg}}, whose
     * operator already says what happens when x is unset (BuildKit's UndefinedVar counts them the same way).
     */
    public Set<String> unsetNames() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(unset));
    }

    /** True when the last call met a name {@link #unsetNames} would list (without copying them). */
    public boolean hasUnsetNames() {
        return !unset.isEmpty();
    }

    /** Expands one word; {@code env} returns null for an unset name. */
    public String processWord(String word, Function<String, String> env) throws ExpansionException {
        return run(word, env).word;
    }

    /** Expands and splits into words the way BuildKit does for multi-word instructions. */
    public List<String> processWords(String word, Function<String, String> env) throws ExpansionException {
        return run(word, env).words.result();
    }

    private Result run(String word, Function<String, String> env) throws ExpansionException {
        this.src = word;
        this.pos = 0;
        this.env = env;
        this.unset.clear();
        try {
            return processStopOn(EOF, rawEscapes);
        } catch (ExpansionException e) {
            throw new ExpansionException("failed to process " + GoText.quote(word) + ": " + e.getMessage());
        }
    }

    private record Result(String word, Words words) {
    }

    private int peek() {
        return pos < src.length() ? src.codePointAt(pos) : EOF;
    }

    private int next() {
        if (pos >= src.length()) {
            return EOF;
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    private Result processStopOn(int stopChar, boolean rawEscapesHere) throws ExpansionException {
        StringBuilder result = new StringBuilder();
        Words words = new Words();
        while (peek() != EOF) {
            int ch = peek();
            if (stopChar != EOF && ch == stopChar) {
                next();
                return new Result(result.toString(), words);
            }
            if (ch == '\'' || ch == '"' || ch == '$') {
                String tmp = ch == '\'' ? processSingleQuote() : ch == '"' ? processDoubleQuote() : processDollar();
                result.append(tmp);
                if (ch == '$') {
                    words.addString(tmp);
                } else {
                    words.addRaw(tmp);
                }
                continue;
            }
            ch = next();
            if (ch == escapeToken) {
                if (rawEscapesHere) {
                    words.addRawChar(ch);
                    result.appendCodePoint(ch);
                }
                ch = next();
                if (ch == EOF) {
                    break;
                }
                words.addRawChar(ch);
            } else {
                words.addChar(ch);
            }
            result.appendCodePoint(ch);
        }
        if (stopChar != EOF) {
            throw new ExpansionException("unexpected end of statement while looking for matching "
                    + new String(Character.toChars(stopChar)));
        }
        return new Result(result.toString(), words);
    }

    private String processSingleQuote() throws ExpansionException {
        StringBuilder sb = new StringBuilder();
        int ch = next();
        if (rawQuotes) {
            sb.appendCodePoint(ch);
        }
        while (true) {
            ch = next();
            if (ch == EOF) {
                throw new ExpansionException("unexpected end of statement while looking for matching single-quote");
            }
            if (ch == '\'') {
                if (rawQuotes) {
                    sb.appendCodePoint(ch);
                }
                return sb.toString();
            }
            sb.appendCodePoint(ch);
        }
    }

    private String processDoubleQuote() throws ExpansionException {
        StringBuilder sb = new StringBuilder();
        int ch = next();
        if (rawQuotes) {
            sb.appendCodePoint(ch);
        }
        while (true) {
            int p = peek();
            if (p == EOF) {
                throw new ExpansionException("unexpected end of statement while looking for matching double-quote");
            }
            if (p == '"') {
                next();
                if (rawQuotes) {
                    sb.append('"');
                }
                return sb.toString();
            }
            if (p == '$') {
                sb.append(processDollar());
                continue;
            }
            ch = next();
            if (ch == escapeToken) {
                if (rawEscapes) {
                    sb.appendCodePoint(ch);
                }
                int after = peek();
                if (after == EOF) {
                    continue;
                }
                if (after == '"' || after == '$' || after == escapeToken) {
                    ch = next();
                } else if (rawEscapes) {
                    continue;
                }
            }
            sb.appendCodePoint(ch);
        }
    }

    private String lookup(String name) {
        String v = env.apply(name);
        if (v == null) {
            unset.add(name);
        }
        return v;
    }

    private String processDollar() throws ExpansionException {
        next();
        if (peek() != '{') {
            String name = processName();
            if (name.isEmpty()) {
                return "$";
            }
            String value = lookup(name);
            if (value == null && skipUnsetEnv) {
                return "$" + name;
            }
            return value == null ? "" : value;
        }
        next();
        int p = peek();
        if (p == EOF) {
            throw new ExpansionException("syntax error: missing '}'");
        }
        if (p == '{' || p == '}' || p == ':') {
            throw new ExpansionException("syntax error: bad substitution");
        }
        String name = processName();
        int ch = next();
        StringBuilder chs = new StringBuilder();
        if (ch != EOF) {
            chs.appendCodePoint(ch);
        }
        boolean nullIsUnset = false;
        if (ch == EOF) {
            throw new ExpansionException("syntax error: missing '}'");
        }
        if (ch == '}') {
            String value = lookup(name);
            if (value == null && skipUnsetEnv) {
                return "${" + name + "}";
            }
            return value == null ? "" : value;
        }
        if (ch == '/') {
            return processReplace(name);
        }
        if (ch == ':') {
            nullIsUnset = true;
            ch = next();
            if (ch != EOF) {
                chs.appendCodePoint(ch);
            }
        } else if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
            throw new ExpansionException("unsupported modifier (" + chs + ") in substitution");
        }
        boolean patternMode = ch == '#' || ch == '%';
        if (nullIsUnset && patternMode) {
            throw new ExpansionException("unsupported modifier (" + chs + ") in substitution");
        }
        String word;
        try {
            word = processStopOn('}', patternMode).word;
        } catch (ExpansionException e) {
            if (peek() == EOF) {
                throw new ExpansionException("syntax error: missing '}'");
            }
            throw e;
        }
        boolean handlesUnset = ch == '-' || ch == '+' || ch == '?';
        String value = handlesUnset ? env.apply(name) : lookup(name);
        boolean set = value != null;
        if (skipUnsetEnv && !set) {
            return "${" + name + chs + word + "}";
        }
        switch (ch) {
            case '-':
                return !set || (nullIsUnset && value.isEmpty()) ? word : value;
            case '+':
                return !set || (nullIsUnset && value.isEmpty()) ? "" : word;
            case '?':
                if (!set) {
                    throw new ExpansionException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                if (nullIsUnset && value.isEmpty()) {
                    throw new ExpansionException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                }
                return value;
            case '%':
            case '#': {
                boolean greedy = !word.isEmpty() && word.charAt(0) == ch;
                String pattern = greedy ? word.substring(1) : word;
                ShellPattern glob = ShellPattern.compile(pattern);
                String v = set ? value : "";
                return ch == '#' ? glob.trimPrefix(v, greedy) : glob.trimSuffix(v, greedy);
            }
            default:
                throw new ExpansionException("unsupported modifier (" + chs + ") in substitution");
        }
    }

    private String processReplace(String name) throws ExpansionException {
        boolean all = peek() == '/';
        if (all) {
            next();
        }
        String pattern;
        try {
            pattern = processStopOn('/', true).word;
        } catch (ExpansionException e) {
            if (peek() == EOF) {
                throw new ExpansionException("syntax error: missing '/' in ${}");
            }
            throw e;
        }
        String replacement;
        try {
            replacement = processStopOn('}', true).word;
        } catch (ExpansionException e) {
            if (peek() == EOF) {
                throw new ExpansionException("syntax error: missing '}'");
            }
            throw e;
        }
        String value = lookup(name);
        if (value == null && skipUnsetEnv) {
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }
        return ShellPattern.compile(pattern).replace(value == null ? "" : value, replacement, all);
    }

    private String processName() {
        StringBuilder name = new StringBuilder();
        while (peek() != EOF) {
            int ch = peek();
            if (name.isEmpty() && Character.isDigit(ch)) {
                while (peek() != EOF && Character.isDigit(peek())) {
                    name.appendCodePoint(next());
                }
                return name.toString();
            }
            if (name.isEmpty() && isSpecialParam(ch)) {
                return new String(Character.toChars(next()));
            }
            if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                break;
            }
            name.appendCodePoint(next());
        }
        return name.toString();
    }

    private static boolean isSpecialParam(int ch) {
        return ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$' || ch == '!' || ch == '0';
    }

    /** BuildKit's word accumulator: unquoted expansion results split on whitespace, quoted text does not. */
    private static final class Words {
        private final StringBuilder word = new StringBuilder();
        private final List<String> words = new ArrayList<>();
        private boolean inWord;

        void addChar(int ch) {
            if (GoText.isSpace(ch)) {
                if (inWord && !word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                addRawChar(ch);
            }
        }

        void addRawChar(int ch) {
            word.appendCodePoint(ch);
            inWord = true;
        }

        void addString(String s) {
            s.codePoints().forEach(this::addChar);
        }

        void addRaw(String s) {
            word.append(s);
            inWord = true;
        }

        List<String> result() {
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
            return words;
        }
    }
}
