package dev.trusty.dockerfile.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to instruction nodes, exactly as BuildKit's Dockerfile parser splits it (layer 1), followed by
 * BuildKit's per-instruction checks (layer 2, {@link InstructionChecker}). See
 * shared/research/dockerfile-syntax.md for the rules mirrored here.
 */
public final class DockerfileParser {
    /** BuildKit's scanner buffer: a line (with its newline) longer than this stops the scan. */
    static final int MAX_LINE_BYTES = 65535;
    private static final Pattern DIRECTIVE = Pattern.compile("^#[\\t\\n\\f\\r ]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*$", Pattern.DOTALL);
    private static final Set<String> KNOWN_DIRECTIVES = Set.of("syntax", "escape", "check");

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private final int lineCount;

    private char escape = '\\';
    private boolean directivesDone;
    private final Set<String> directivesSeen = new HashSet<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Comment> allComments = new ArrayList<>();
    private final List<Integer> emptyContinuationLines = new ArrayList<>();
    private int tooLongLine;
    /** Index of the next physical line to read. */
    private int next;

    private DockerfileParser(String file, String text) {
        this.file = file;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            starts.add(p);
            int nl = text.indexOf('\n', p);
            p = nl < 0 ? text.length() : nl + 1;
        }
        this.lineCount = starts.size();
        this.lineStarts = new int[lineCount + 1];
        for (int i = 0; i < lineCount; i++) {
            lineStarts[i] = starts.get(i);
        }
        lineStarts[lineCount] = text.length();
    }

    /** Parses and checks a Dockerfile given as bytes; non-UTF-8 and binary content is refused. */
    public static Dockerfile parse(String file, byte[] bytes) {
        return parse(file, decode(file, bytes));
    }

    /** Parses and checks a Dockerfile; throws {@link DockerfileParseException} where BuildKit would fail. */
    public static Dockerfile parse(String file, String text) {
        Dockerfile df = parseSyntax(file, text);
        InstructionChecker.check(df);
        return df;
    }

    /** Layer 1 only, from bytes (non-UTF-8 and binary content is still refused). */
    public static Dockerfile parseSyntax(String file, byte[] bytes) {
        return parseSyntax(file, decode(file, bytes));
    }

    /** Layer 1 only: what BuildKit's parser accepts, before the per-instruction checks. */
    public static Dockerfile parseSyntax(String file, String text) {
        return new DockerfileParser(file, text).run();
    }

    static String decode(String file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] lc = lineCol(bytes, i);
                throw new DockerfileParseException(file, lc[0], lc[1], "binary file (NUL byte): not a Dockerfile");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int[] lc = lineCol(bytes, bad);
            throw new DockerfileParseException(file, lc[0], lc[1], "not UTF-8 text: invalid byte sequence");
        }
    }

    private static int firstInvalidUtf8(byte[] b) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(0, b.length - 1);
    }

    private static int[] lineCol(byte[] b, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, new String(b, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1};
    }

    // ---- physical lines ----

    /** The line without its trailing "\n" or "\r\n"; line 1 without a BOM. */
    private String content(int index) {
        int from = lineStarts[index];
        int to = lineStarts[index + 1];
        if (to > from && text.charAt(to - 1) == '\n') {
            to--;
            if (to > from && text.charAt(to - 1) == '\r') {
                to--;
            }
        }
        if (index == 0 && to > from && text.charAt(from) == '\uFEFF') {
            from++;
        }
        return text.substring(from, to);
    }

    private int bomShift(int index) {
        return index == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    private String raw(int index) {
        return text.substring(lineStarts[index] + bomShift(index), lineStarts[index + 1]);
    }

    private boolean tooLong(int index) {
        int to = lineStarts[index + 1];
        int from = lineStarts[index];
        return utf8Length(text, from, to) > MAX_LINE_BYTES;
    }

    private static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static boolean isComment(String content) {
        int i = GoText.skipSpace(content, 0, content.length());
        return i < content.length() && content.charAt(i) == '#';
    }

    // ---- directives ----

    /** Records a parser directive if this line is one; returns whether it was. */
    private boolean possibleDirective(String token, int lineNo, int column) {
        if (directivesDone) {
            return false;
        }
        Matcher m = DIRECTIVE.matcher(token);
        if (!m.matches()) {
            directivesDone = true;
            return false;
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        if (!KNOWN_DIRECTIVES.contains(key)) {
            directivesDone = true;
            return false;
        }
        if (!directivesSeen.add(key)) {
            throw new DockerfileParseException(file, lineNo, column, "only one " + key + " parser directive can be used");
        }
        String value = m.group(2);
        if (key.equals("escape")) {
            if (!value.equals("`") && !value.equals("\\")) {
                throw new DockerfileParseException(file, lineNo, column + m.start(2),
                        "invalid escape token '" + value + "' does not match ` or \\");
            }
            escape = value.charAt(0);
        }
        directives.add(new Directive(key, value, lineNo));
        return true;
    }

    /** Returns the line with a trailing continuation removed, or null when the line does not continue. */
    private String withoutContinuation(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end == 0 || line.charAt(end - 1) != escape) {
            return null;
        }
        if (end == 1) {
            return "";
        }
        if (line.charAt(end - 2) == escape) {
            return null;
        }
        return line.substring(0, end - 1);
    }

    // ---- main loop ----

    private Dockerfile run() {
        List<Instruction> instructions = new ArrayList<>();
        List<Comment> prevComments = new ArrayList<>();
        while (next < lineCount && !stopAtLongLine()) {
            int lineNo = next + 1;
            String content = content(next++);
            int lead = GoText.skipSpace(content, 0, content.length());
            String token = content.substring(lead);
            boolean directive = possibleDirective(token, lineNo, lead + 1);
            if (isComment(token)) {
                Comment c = comment(content, lineNo);
                // BuildKit keeps TrimSpace(line[1:]) as the comment; an empty one resets the run.
                if (content.substring(1).strip().isEmpty()) {
                    prevComments.clear();
                } else if (!directive) {
                    prevComments.add(c);
                }
                token = "";
            }
            String body = withoutContinuation(token);
            if (body == null && token.isEmpty()) {
                continue;
            }
            LogicalLine logical = new LogicalLine();
            logical.append(body == null ? token : body, lineNo, lead + 1);
            logical.markEnd(lineNo, lead + 1);
            int lastLine = body == null ? lineNo : readContinuation(logical, lineNo);
            Instruction node = new NodeBuilder(file, logical, escape).build(lineNo, lastLine,
                    List.copyOf(prevComments));
            if (canContainHeredoc(node) && logical.text().contains("<<")) {
                List<Heredoc> docs = new ArrayList<>();
                for (HeredocStart start : HeredocStart.fromLine(logical.text())) {
                    Heredoc doc = readHeredoc(start, node, lastLine + 1);
                    docs.add(doc);
                    lastLine = doc.terminatorLine();
                }
                node = node.withHeredocs(docs, lastLine);
            }
            instructions.add(node);
            prevComments.clear();
        }
        if (instructions.isEmpty()) {
            throw new DockerfileParseException(file, Math.max(1, lineCount), 1, "file with no instructions");
        }
        if (tooLongLine > 0) {
            throw new DockerfileParseException(file, tooLongLine, 1,
                    "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES);
        }
        return new Dockerfile(file, List.copyOf(instructions), List.copyOf(allComments), List.copyOf(directives),
                escape, List.copyOf(emptyContinuationLines));
    }

    /** BuildKit's scanner stops at a line longer than its buffer; the error comes after what was read. */
    private boolean stopAtLongLine() {
        if (next < lineCount && tooLong(next)) {
            tooLongLine = next + 1;
            next = lineCount;
            return true;
        }
        return false;
    }

    private Comment comment(String content, int lineNo) {
        int hash = content.indexOf('#');
        Comment c = new Comment(lineNo, hash + 1, content.substring(hash + 1).strip());
        allComments.add(c);
        return c;
    }

    /** Appends continuation lines (skipping comments and blank lines); returns the last line consumed. */
    private int readContinuation(LogicalLine logical, int lastLine) {
        boolean endOfLine = false;
        while (!endOfLine && next < lineCount && !stopAtLongLine()) {
            lastLine = next + 1;
            String cont = content(next++);
            possibleDirective(cont, lastLine, 1);
            if (isComment(cont)) {
                comment(cont, lastLine);
                continue;
            }
            if (GoText.skipSpace(cont, 0, cont.length()) == cont.length()) {
                emptyContinuationLines.add(lastLine);
                continue;
            }
            String body = withoutContinuation(cont);
            endOfLine = body == null;
            logical.append(endOfLine ? cont : body, lastLine, 1);
        }
        return lastLine;
    }

    /** Reads one heredoc body up to its terminator line, which must come before the end of the file. */
    private Heredoc readHeredoc(HeredocStart start, Instruction node, int bodyLine) {
        StringBuilder content = new StringBuilder();
        while (next < lineCount && !stopAtLongLine()) {
            int lineNo = next + 1;
            String candidate = content(next);
            String rawLine = raw(next++);
            if (start.chomp()) {
                int t = 0;
                while (t < candidate.length() && candidate.charAt(t) == '\t') {
                    t++;
                }
                candidate = candidate.substring(t);
            }
            if (candidate.equals(start.name())) {
                return new Heredoc(start.name(), content.toString(), start.expand(), start.chomp(),
                        start.fileDescriptor(), bodyLine, lineNo);
            }
            content.append(rawLine);
        }
        throw new DockerfileParseException(file, node.line(), node.keywordSpan().column(), "unterminated heredoc");
    }

    private static boolean canContainHeredoc(Instruction node) {
        Instruction target = node.is("onbuild") && node.child() != null ? node.child() : node;
        return (target.is("run") || target.is("copy") || target.is("add")) && !target.json();
    }
}
