package dev.trusty.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One logical line to one instruction node: command word, flags, then the command's argument parser. */
final class NodeBuilder {
    static final String NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only";

    private final String file;
    private final LogicalLine logical;
    private final String full;
    private final char escape;

    NodeBuilder(String file, LogicalLine logical, char escape) {
        this.file = file;
        this.logical = logical;
        this.full = logical.text();
        this.escape = escape;
    }

    Instruction build(int line, int endLine, List<Comment> comments) {
        return node(0, full.length(), line, endLine, comments);
    }

    private DockerfileParseException error(int offset, String message) {
        return new DockerfileParseException(file, logical.lineAt(offset), logical.columnAt(offset), message);
    }

    private Instruction node(int from, int to, int line, int endLine, List<Comment> comments) {
        int s = GoText.skipSpace(full, from, to);
        int e = GoText.trimEnd(full, s, to);
        int k = s;
        while (k < e && !GoText.isRegexWhitespace(full.charAt(k))) {
            k++;
        }
        String keyword = full.substring(s, k);
        String command = Instruction.canonicalCommand(keyword.toLowerCase(Locale.ROOT));
        List<Flag> flags = List.of();
        int restStart = e;
        if (k < e) {
            int r = k;
            while (r < e && GoText.isRegexWhitespace(full.charAt(r))) {
                r++;
            }
            flags = new ArrayList<>();
            int remainder = extractFlags(r, e, flags);
            restStart = GoText.skipSpace(full, remainder, e);
        }
        int restEnd = GoText.trimEnd(full, restStart, e);
        List<Arg> args = new ArrayList<>();
        boolean[] json = {false};
        Instruction child = null;
        switch (command) {
            case "add", "copy", "volume" -> maybeJsonToList(restStart, restEnd, args, json);
            case "arg" -> words(restStart, restEnd, args);
            case "cmd", "entrypoint", "run", "shell" -> maybeJson(restStart, restEnd, args, json);
            case "env" -> nameValue(restStart, restEnd, args, "ENV");
            case "label" -> nameValue(restStart, restEnd, args, "LABEL");
            case "expose", "from" -> whitespaceSplit(restStart, restEnd, args);
            case "healthcheck" -> health(restStart, restEnd, args, json);
            case "maintainer", "stopsignal", "user", "workdir" -> {
                if (restEnd > restStart) {
                    args.add(arg(restStart, restEnd));
                }
            }
            case "onbuild" -> {
                if (restEnd > restStart) {
                    child = node(restStart, restEnd, line, endLine, List.of());
                }
            }
            default -> args.add(new Arg("", logical.span(restStart, restStart)));
        }
        return new Instruction(keyword, command, List.copyOf(flags), List.copyOf(args), json[0], List.of(), child,
                line, endLine, full.substring(from, to), logical.span(s, k), full.substring(restStart, restEnd),
                logical.span(restStart, restEnd), comments, logical, restStart);
    }

    private Arg arg(int start, int end) {
        return new Arg(full.substring(start, end), logical.span(start, end));
    }

    /** BuildKit's extractBuilderFlags: leading words starting with "--", quotes removed, escapes applied. */
    private int extractFlags(int from, int to, List<Flag> flags) {
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean inQuote = false;
        char quote = 0;
        boolean blankOk = false;
        int wordStart = from;
        for (int pos = from; pos <= to; pos++) {
            char ch = pos < to ? full.charAt(pos) : 0;
            if (!inWord && !inQuote) {
                if (pos == to) {
                    break;
                }
                if (GoText.isSpace(ch)) {
                    continue;
                }
                if (ch != '-' || pos + 1 == to || full.charAt(pos + 1) != '-') {
                    return pos;
                }
                inWord = true;
                wordStart = pos;
            }
            if (pos == to) {
                String w = word.toString();
                if (!w.equals("--") && (blankOk || !w.isEmpty())) {
                    flags.add(Flag.of(w, logical.span(wordStart, pos)));
                }
                break;
            }
            if (inWord) {
                if (GoText.isSpace(ch)) {
                    inWord = false;
                    String w = word.toString();
                    if (w.equals("--")) {
                        return pos;
                    }
                    if (blankOk || !w.isEmpty()) {
                        flags.add(Flag.of(w, logical.span(wordStart, pos)));
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    inWord = false;
                    inQuote = true;
                    continue;
                }
                if (ch == escape) {
                    if (pos + 1 == to) {
                        continue;
                    }
                    pos++;
                    ch = full.charAt(pos);
                }
                word.append(ch);
                continue;
            }
            // in quote
            if (ch == quote) {
                inQuote = false;
                inWord = true;
                continue;
            }
            if (ch == escape) {
                if (pos + 1 == to) {
                    inQuote = false;
                    inWord = true;
                    continue;
                }
                pos++;
                ch = full.charAt(pos);
            }
            word.append(ch);
        }
        return to;
    }

    private void maybeJson(int start, int end, List<Arg> args, boolean[] json) {
        if (end <= start) {
            return;
        }
        if (tryJson(start, end, args)) {
            json[0] = true;
            return;
        }
        args.add(arg(start, end));
    }

    private void maybeJsonToList(int start, int end, List<Arg> args, boolean[] json) {
        if (tryJson(start, end, args)) {
            json[0] = true;
            return;
        }
        whitespaceSplit(start, end, args);
    }

    private boolean tryJson(int start, int end, List<Arg> args) {
        int s = GoText.skipSpace(full, start, end);
        if (s >= end || full.charAt(s) != '[') {
            return false;
        }
        List<JsonArray.Element> elements = JsonArray.parse(full, s, end);
        if (elements == null) {
            return false;
        }
        for (JsonArray.Element el : elements) {
            if (el.value() == null) {
                throw error(el.start(), NOT_STRING_ARRAY);
            }
            args.add(new Arg(el.value(), logical.span(el.start(), el.end())));
        }
        return true;
    }

    private void whitespaceSplit(int start, int end, List<Arg> args) {
        if (end <= start) {
            return;
        }
        int i = start;
        int wordStart = start;
        while (i <= end) {
            if (i == end || GoText.isRegexWhitespace(full.charAt(i))) {
                args.add(arg(wordStart, i));
                while (i < end && GoText.isRegexWhitespace(full.charAt(i))) {
                    i++;
                }
                wordStart = i;
                if (i == end) {
                    break;
                }
                continue;
            }
            i++;
        }
    }

    /** A word from parseWords: its text as BuildKit builds it and where it came from. */
    private record Word(String text, int start, int end) {
    }

    /** BuildKit's parseWords: quote-aware split keeping quotes and escapes. */
    private List<Word> wordRanges(int start, int end) {
        List<Word> out = new ArrayList<>();
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        int phase = inSpaces;
        StringBuilder word = new StringBuilder();
        int quote = 0;
        boolean blankOk = false;
        int wordStart = start;
        int lastEnd = start;
        int ch = 0;
        int width = 1;
        for (int pos = start; pos <= end; pos += width) {
            if (pos != end) {
                ch = full.codePointAt(pos);
                width = Character.charCount(ch);
            }
            if (phase == inSpaces) {
                if (pos == end) {
                    break;
                }
                if (GoText.isSpace(ch)) {
                    continue;
                }
                phase = inWord;
                wordStart = pos;
            }
            if (pos == end) {
                if (blankOk || !word.isEmpty()) {
                    out.add(new Word(word.toString(), wordStart, lastEnd));
                }
                break;
            }
            if (phase == inWord) {
                if (GoText.isSpace(ch)) {
                    phase = inSpaces;
                    if (blankOk || !word.isEmpty()) {
                        out.add(new Word(word.toString(), wordStart, lastEnd));
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = inQuote;
                }
                if (ch == escape) {
                    if (pos + width == end) {
                        continue;
                    }
                    word.appendCodePoint(ch);
                    pos += width;
                    ch = full.codePointAt(pos);
                    width = Character.charCount(ch);
                }
                word.appendCodePoint(ch);
                lastEnd = pos + width;
                continue;
            }
            if (ch == quote) {
                phase = inWord;
            }
            if (ch == escape && quote != '\'') {
                if (pos + width == end) {
                    phase = inWord;
                    continue;
                }
                pos += width;
                word.appendCodePoint(ch);
                ch = full.codePointAt(pos);
                width = Character.charCount(ch);
            }
            word.appendCodePoint(ch);
            lastEnd = pos + width;
        }
        return out;
    }

    private void words(int start, int end, List<Arg> args) {
        for (Word w : wordRanges(start, end)) {
            args.add(new Arg(w.text(), logical.span(w.start(), w.end())));
        }
    }

    private void nameValue(int start, int end, List<Arg> args, String key) {
        List<Word> ranges = wordRanges(start, end);
        if (ranges.isEmpty()) {
            return;
        }
        if (ranges.get(0).text().indexOf('=') < 0) {
            int k = start;
            while (k < end && !GoText.isRegexWhitespace(full.charAt(k))) {
                k++;
            }
            if (k == end) {
                throw error(start, key + " must have two arguments");
            }
            int v = k;
            while (v < end && GoText.isRegexWhitespace(full.charAt(v))) {
                v++;
            }
            args.add(arg(start, k));
            args.add(arg(v, end));
            args.add(new Arg("", logical.span(v, v)));
            return;
        }
        for (Word w : ranges) {
            String word = w.text();
            int eq = word.indexOf('=');
            if (eq < 0) {
                throw error(w.start(), "Syntax error - can't find = in " + GoText.quote(word)
                        + ". Must be of the form: name=value");
            }
            // A word is its source text (less a dropped trailing escape), so offsets carry over.
            int at = w.start() + eq;
            args.add(new Arg(word.substring(0, eq), logical.span(w.start(), at)));
            args.add(new Arg(word.substring(eq + 1), logical.span(at + 1, w.end())));
            args.add(new Arg("=", logical.span(at, at + 1)));
        }
    }

    private void health(int start, int end, List<Arg> args, boolean[] json) {
        int sep = start;
        while (sep < end && !GoText.isSpace(full.charAt(sep))) {
            sep++;
        }
        if (sep == start) {
            return;
        }
        int next = sep;
        while (next < end && GoText.isSpace(full.charAt(next))) {
            next++;
        }
        args.add(arg(start, sep));
        maybeJson(next, end, args, json);
    }
}
