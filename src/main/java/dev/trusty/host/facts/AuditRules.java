package dev.trusty.host.facts;

import java.util.List;
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
}
