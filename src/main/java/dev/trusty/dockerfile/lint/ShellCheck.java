package dev.trusty.dockerfile.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.rules.LintContext;
import dev.trusty.dockerfile.rules.ShellScript;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code shellcheck} binary on every shell-form RUN script (and heredoc scripts fed to a shell)
 * with the stage's SHELL, and reports its findings as rules {@code SCxxxx} at Dockerfile positions.
 * Like hadolint, SC2187, SC1090 and SC1091 are left out, and ARG/ENV names are declared so SC2154 stays quiet.
 */
public final class ShellCheck implements Rule<LintContext> {
    public static final RuleInfo INFO = RuleInfo.of("TD300", Domain.DOCKERFILE, "ShellCheck finding in RUN", Severity.LOW)
            .why("ShellCheck finds quoting, globbing and logic mistakes that make RUN steps fail or behave unexpectedly.")
            .fix("See the ShellCheck wiki page of the SC code.");
    /** Made when ShellCheck's output is first read: the linter loads this class for every run, ShellCheck or not. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final Set<String> NON_POSIX = Set.of("pwsh", "powershell", "cmd", "cmd.exe", "powershell.exe");
    private static final Map<String, RuleInfo> CODES = new ConcurrentHashMap<>();

    private final String executable;

    private ShellCheck(String executable) {
        this.executable = executable;
    }

    /** The ShellCheck rule for {@code mode}, or null when it should not (or cannot, in auto mode) run. */
    public static ShellCheck forMode(LintOptions.ShellCheckMode mode) {
        if (mode == LintOptions.ShellCheckMode.NEVER) {
            return null;
        }
        String exe = find();
        if (exe == null && mode == LintOptions.ShellCheckMode.ALWAYS) {
            throw new InputException("--shellcheck=always: no 'shellcheck' on PATH (install the shellcheck package)");
        }
        return exe == null ? null : new ShellCheck(exe);
    }

    static String find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "shellcheck");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** The rule for one SC code, so ignores and severity overrides work per code. */
    static RuleInfo code(String code, Severity severity) {
        return CODES.computeIfAbsent(code + "/" + severity, k -> RuleInfo.of(code, Domain.DOCKERFILE,
                "ShellCheck " + code, severity).shellcheck(code)
                .why("Reported by ShellCheck on the RUN script.").fix("See https://www.shellcheck.net/wiki/" + code));
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        String exports = String.join(" ", ctx.declaredNames().stream()
                .filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_]*")).toList());
        String proxies = "HTTP_PROXY HTTPS_PROXY FTP_PROXY NO_PROXY http_proxy https_proxy ftp_proxy no_proxy";
        String prelude = "export " + proxies + (exports.isEmpty() ? "" : " " + exports) + "\n";
        for (Instruction run : ctx.runs()) {
            if (run.json()) {
                continue;
            }
            String shell = dialect(ctx.shellFor(run));
            if (shell == null) {
                continue;
            }
            for (ShellScript script : ctx.scripts(run)) {
                if (script.text().isBlank() || script.commands().isEmpty()) {
                    continue;
                }
                for (JsonNode c : runShellCheck(shell, prelude + script.text().replace('\t', ' '))) {
                    report(ctx, run, script, c, out);
                }
            }
        }
    }

    private static String dialect(List<String> shell) {
        String exe = shell.isEmpty() ? "/bin/sh" : shell.getFirst();
        String base = exe.substring(Math.max(exe.lastIndexOf('/'), exe.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        if (NON_POSIX.contains(base)) {
            return null;
        }
        return switch (base) {
            case "bash", "zsh" -> "bash";
            case "dash", "ash" -> "dash";
            case "ksh", "mksh" -> "ksh";
            default -> "sh";
        };
    }

    private void report(LintContext ctx, Instruction run, ShellScript script, JsonNode c, FindingSink out) {
        int line = c.path("line").asInt() - 1;
        int endLine = c.path("endLine").asInt(line + 1) - 1;
        if (line < 1) {
            return;
        }
        int start = offset(script.text(), line, c.path("column").asInt(1));
        int end = Math.max(start + 1, offset(script.text(), endLine, c.path("endColumn").asInt(1)));
        end = Math.min(end, script.text().length());
        Span span = script.span(start, Math.max(start + 1, end));
        String code = "SC" + c.path("code").asInt();
        Severity severity = switch (c.path("level").asText()) {
            case "error" -> Severity.HIGH;
            case "warning" -> Severity.MEDIUM;
            case "info" -> Severity.LOW;
            default -> Severity.INFO;
        };
        Location.File at = ctx.at(run, span);
        out.report(code(code, severity), at, c.path("message").asText());
    }

    private static int offset(String text, int line, int column) {
        int off = 0;
        for (int l = 1; l < line && off >= 0; l++) {
            off = text.indexOf('\n', off) + 1;
            if (off == 0) {
                return text.length();
            }
        }
        return Math.min(text.length(), off + Math.max(0, column - 1));
    }

    private List<JsonNode> runShellCheck(String shell, String script) {
        ProcessBuilder pb = new ProcessBuilder(executable, "--format=json1", "--shell=" + shell,
                "--exclude=SC2187,SC1090,SC1091", "-");
        pb.redirectErrorStream(false);
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            byte[] stdout = p.getInputStream().readAllBytes();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return List.of();
            }
            JsonNode root = Json.MAPPER.readTree(stdout);
            List<JsonNode> out = new ArrayList<>();
            root.path("comments").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new InputException("shellcheck failed to run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
