package dev.trusty.host.facts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The audit rules in force: from {@code auditctl -l} when it could run, else the rule files
 * ({@code /etc/audit/rules.d/*.rules}, {@code /etc/audit/audit.rules}). {@code source} says which;
 * {@code readable} is false when the files exist but could not be read (not root).
 */
public record AuditRules(String source, List<String> lines, boolean readable) {

    public AuditRules {
        lines = List.copyOf(lines);
    }

    /** The rule lines that watch {@code path} (as {@code -w path} or {@code -F path=}/{@code dir=}). */
    public List<String> watching(String path) {
        Pattern exact = Pattern.compile("(^|\\s|=)" + Pattern.quote(path) + "(/?)(\\s|$)");
        return lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(l -> exact.matcher(l).find())
                .toList();
    }

    public boolean isEmpty() {
        return lines.stream().map(String::strip).noneMatch(l -> !l.isEmpty() && !l.startsWith("#"));
    }

    /**
     * {@code auditctl -l} when root on the real root (the kernel's rules in force), else the rule
     * files; {@code readable} is false when they exist but this user cannot read them.
     */
    static AuditRules read(HostFiles host, boolean root) {
        if (root && host.isRealRoot()) {
            for (String auditctl : List.of("/sbin/auditctl", "/usr/sbin/auditctl")) {
                if (Files.isExecutable(Path.of(auditctl))) {
                    Optional<List<String>> out = run(auditctl, "-l");
                    if (out.isPresent()) {
                        return new AuditRules("auditctl -l", out.get(), true);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        boolean readable = true;
        List<String> files = new ArrayList<>(host.findFiles("/etc/audit/rules.d", ".rules"));
        files.add("/etc/audit/audit.rules");
        for (String file : files) {
            try {
                Optional<String> text = host.read(file);
                if (text.isPresent()) {
                    sources.add(file);
                    lines.addAll(Arrays.asList(text.get().split("\n")));
                }
            } catch (AccessDeniedException e) {
                readable = false;
                sources.add(file + " (permission denied)");
            }
        }
        if (host.exists("/etc/audit/rules.d") && host.list("/etc/audit/rules.d").isEmpty() && !root) {
            readable = false;
        }
        String source = sources.isEmpty() ? "no auditctl, no /etc/audit rules files" : String.join(", ", sources);
        return new AuditRules(source, lines, readable);
    }

    private static Optional<List<String>> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return Optional.empty();
            }
            return Optional.of(Arrays.asList(new String(out, java.nio.charset.StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
