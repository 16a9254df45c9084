package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.shell.ShellNode.SimpleCommand;
import dev.trusty.dockerfile.shell.ShellScript;
import dev.trusty.dockerfile.shell.ShellSyntaxException;
import dev.trusty.dockerfile.shell.Word;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Heredoc;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.LogicalLine;
import dev.trusty.dockerfile.syntax.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds the {@link RunScript} of a RUN (or ONBUILD RUN) under a given SHELL. */
final class RunScripts {
    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh",
            "busybox");
    private static final Pattern HEREDOC_ONLY = Pattern.compile("^[0-9]*<<-?[^\\s<]+$");
    /** {@code RUN bash <<EOF} / {@code RUN <<EOF sh -e}: a shell reading its script from the heredoc. */
    private static final Pattern SHELL_READS_HEREDOC = Pattern.compile(
            "^(?:<<-?[^\\s<]+\\s+)?(?:\\S*/)?(?:sh|bash|dash|ash|zsh|ksh|mksh)(?:\\s+-[a-zA-Z]+)*(?:\\s+<<-?[^\\s<]+)?$");

    private RunScripts() {
    }

    static RunScript of(Instruction outer, List<String> shell) {
        Instruction run = outer.effective();
        if (run.json()) {
            return exec(run);
        }
        String shellName = shell.isEmpty() ? "sh" : baseName(shell.get(0));
        if (!POSIX_SHELLS.contains(shellName)) {
            return RunScript.unparsed("SHELL " + shell.get(0) + " is not a POSIX shell");
        }
        List<Heredoc> docs = outer.heredocs();
        TextWithPositions text = new TextWithPositions();
        String command = run.rest().strip();
        boolean scriptInHeredoc = docs.size() == 1 && (HEREDOC_ONLY.matcher(command).matches()
                || SHELL_READS_HEREDOC.matcher(command).matches() && command.indexOf("<<") == command.lastIndexOf("<<"));
        if (scriptInHeredoc) {
            Heredoc doc = docs.get(0);
            addHeredocBody(text, doc, doc.chomp());
            String body = text.text.toString();
            if (body.startsWith("#!")) {
                String first = body.lines().findFirst().orElse("");
                String[] parts = first.substring(2).strip().split("\\s+");
                String interpreter = baseName(parts[0]);
                if (interpreter.equals("env") && parts.length > 1) {
                    interpreter = baseName(parts[1]);
                }
                if (!POSIX_SHELLS.contains(interpreter)) {
                    return RunScript.unparsed("heredoc script runs " + first.substring(2).strip() + ", not a shell");
                }
            }
        } else {
            LogicalLine logical = run.logicalLine();
            for (int i = 0; i < run.rest().length(); i++) {
                int at = run.restOffset() + i;
                text.add(run.rest().charAt(i), logical.lineAt(at), logical.columnAt(at));
            }
            for (Heredoc doc : docs) {
                text.add('\n', run.line(), 0);
                addHeredocBody(text, doc, false);
                for (char c : doc.name().toCharArray()) {
                    text.add(c, doc.terminatorLine(), 1);
                }
            }
        }
        String script = text.text.toString();
        try {
            return new RunScript(RunScript.Kind.PARSED, ShellScript.parse(script, text::span), null);
        } catch (ShellSyntaxException e) {
            Span at = text.span(e.offset(), e.offset() + 1);
            return RunScript.unparsed("shell syntax at " + at.line() + ":" + at.column() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return RunScript.unparsed("shell text not understood: " + e.getClass().getSimpleName());
        }
    }

    private static void addHeredocBody(TextWithPositions text, Heredoc doc, boolean stripTabs) {
        String content = doc.content();
        int line = doc.bodyLine();
        int col = 1;
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (stripTabs && lineStart && c == '\t') {
                col++;
                continue;
            }
            lineStart = c == '\n';
            text.add(c, line, col);
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
    }

    private static RunScript exec(Instruction run) {
        List<Arg> args = run.args();
        if (args.isEmpty()) {
            return RunScript.unparsed("empty exec form");
        }
        TextWithPositions text = new TextWithPositions();
        List<Word> words = new ArrayList<>();
        for (int a = 0; a < args.size(); a++) {
            if (a > 0) {
                text.add(' ', args.get(a).span().line(), args.get(a).span().column());
            }
            int start = text.text.length();
            Span span = args.get(a).span();
            for (char c : args.get(a).value().toCharArray()) {
                text.addSpan(c, span);
            }
            words.add(new Word(args.get(a).value(), args.get(a).value(), true, false, start, text.text.length(),
                    List.of()));
        }
        SimpleCommand command = new SimpleCommand(List.of(), words, List.of(), 0, text.text.length());
        return new RunScript(RunScript.Kind.EXEC, new ShellScript(text.text.toString(), command, text::span), null);
    }

    static String baseName(String path) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }

    /** Script text being assembled, with the Dockerfile position of each character. */
    private static final class TextWithPositions {
        final StringBuilder text = new StringBuilder();
        int[] lines = new int[64];
        int[] cols = new int[64];
        Span[] whole = new Span[64];

        void add(char c, int line, int col) {
            grow();
            lines[text.length()] = line;
            cols[text.length()] = col;
            whole[text.length()] = null;
            text.append(c);
        }

        /** For exec-form words, whose characters may not map one-to-one onto the JSON text. */
        void addSpan(char c, Span span) {
            grow();
            lines[text.length()] = span.line();
            cols[text.length()] = span.column();
            whole[text.length()] = span;
            text.append(c);
        }

        private void grow() {
            if (text.length() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                cols = Arrays.copyOf(cols, cols.length * 2);
                whole = Arrays.copyOf(whole, whole.length * 2);
            }
        }

        Span span(int start, int end) {
            int n = text.length();
            if (n == 0) {
                return new Span(1, 1, 1, 1);
            }
            int s = Math.min(Math.max(start, 0), n - 1);
            int e = Math.min(Math.max(end - 1, s), n - 1);
            if (whole[s] != null || whole[e] != null) {
                Span a = whole[s] != null ? whole[s] : new Span(lines[s], cols[s], lines[s], cols[s] + 1);
                Span b = whole[e] != null ? whole[e] : new Span(lines[e], cols[e], lines[e], cols[e] + 1);
                return new Span(a.line(), a.column(), b.endLine(), b.endColumn());
            }
            return new Span(lines[s], cols[s], lines[e], cols[e] + 1);
        }
    }
}
