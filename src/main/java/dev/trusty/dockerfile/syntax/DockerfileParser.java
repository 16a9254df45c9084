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
        int i = 0;
        scan:
        while (i < lineCount) {
            if (tooLong(i)) {
                tooLongLine = i + 1;
                break;
            }
            int lineNo = i + 1;
            String content = content(i);
            i++;
            int colBase = 1;
            int lead = GoText.skipSpace(content, 0, content.length());
            String token = content.substring(lead);
            boolean directive = possibleDirective(token, lineNo, lead + 1);
            if (isComment(content)) {
                int hash = content.indexOf('#');
                String commentText = content.substring(hash + 1).strip();
                Comment c = new Comment(lineNo, hash + colBase, commentText);
                allComments.add(c);
                // BuildKit keeps TrimSpace(line[1:]) as the comment; an empty '#' line resets the run.
                String buildkitText = content.length() > 1 ? content.substring(1).strip() : "";
                if (buildkitText.isEmpty()) {
                    prevComments.clear();
                } else if (!directive) {
                    prevComments.add(c);
                }
            }
            if (isComment(token)) {
                token = "";
            }
            int startLine = lineNo;
            String body = withoutContinuation(token);
            boolean endOfLine = body == null;
            if (endOfLine) {
                body = token;
            }
            if (endOfLine && body.isEmpty()) {
                continue;
            }
            LogicalLine logical = new LogicalLine();
            logical.append(body, lineNo, lead + colBase);
            logical.markEnd(lineNo, lead + colBase);
            int lastLine = lineNo;
            while (!endOfLine && i < lineCount) {
                if (tooLong(i)) {
                    tooLongLine = i + 1;
                    i = lineCount;
                    break;
                }
                int contNo = i + 1;
                String cont = content(i);
                i++;
                lastLine = contNo;
                possibleDirective(cont, contNo, 1);
                if (isComment(cont)) {
                    int hash = cont.indexOf('#');
                    allComments.add(new Comment(contNo, hash + 1, cont.substring(hash + 1).strip()));
                    continue;
                }
                if (GoText.skipSpace(cont, 0, cont.length()) == cont.length()) {
                    emptyContinuationLines.add(contNo);
                    continue;
                }
                String contBody = withoutContinuation(cont);
                endOfLine = contBody == null;
                logical.append(endOfLine ? cont : contBody, contNo, 1);
            }
            Instruction node = new NodeBuilder(file, logical, escape).build(startLine, lastLine, List.copyOf(prevComments));
            if (canContainHeredoc(node) && logical.text().contains("<<")) {
                List<HeredocStart> starts = HeredocStart.fromLine(logical.text());
                List<Heredoc> docs = new ArrayList<>();
                for (HeredocStart start : starts) {
                    StringBuilder content2 = new StringBuilder();
                    int bodyLine = lastLine + 1;
                    boolean terminated = false;
                    while (i < lineCount) {
                        if (tooLong(i)) {
                            tooLongLine = i + 1;
                            i = lineCount;
                            break;
                        }
                        String candidate = content(i);
                        String rawLine = raw(i);
                        i++;
                        lastLine++;
                        if (start.chomp()) {
                            int t = 0;
                            while (t < candidate.length() && candidate.charAt(t) == '\t') {
                                t++;
                            }
                            candidate = candidate.substring(t);
                        }
                        if (candidate.equals(start.name())) {
                            terminated = true;
                            break;
                        }
                        content2.append(rawLine);
                    }
                    if (!terminated) {
                        throw new DockerfileParseException(file, startLine, node.keywordSpan().column(),
                                "unterminated heredoc");
                    }
                    docs.add(new Heredoc(start.name(), content2.toString(), start.expand(), start.chomp(),
                            start.fileDescriptor(), bodyLine, lastLine));
                }
                node = node.withHeredocs(docs, lastLine);
                if (tooLongLine > 0) {
                    instructions.add(node);
                    break scan;
                }
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

    private static boolean canContainHeredoc(Instruction node) {
        Instruction target = node.is("onbuild") && node.child() != null ? node.child() : node;
        return (target.is("run") || target.is("copy") || target.is("add")) && !target.json();
    }
}
