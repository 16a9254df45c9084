package dev.trusty.container;

import dev.trusty.core.Finding;
import dev.trusty.core.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-container table of the text output: the handful of settings people look at first, and
 * a score (100 minus a weight per finding: critical 30, high 15, medium 7, low 3; never below 0).
 */
public final class ContainerSummary {
    static final List<String> HEADER = List.of("CONTAINER", "USER", "PRIVILEGED", "CAPS", "SOCK", "LIMITS", "ROOTFS",
            "SCORE");

    private ContainerSummary() {
    }

    public static int score(List<Finding> findings) {
        int score = 100;
        for (Finding f : findings) {
            score -= weight(f.severity());
        }
        return Math.max(0, score);
    }

    private static int weight(Severity s) {
        return switch (s) {
            case CRITICAL -> 30;
            case HIGH -> 15;
            case MEDIUM -> 7;
            case LOW -> 3;
            case INFO -> 0;
        };
    }

    public static List<String> row(ContainerAudit.Audited audited) {
        ContainerSpec spec = audited.spec();
        List<Finding> findings = audited.report().findings();
        String user = spec.user() != null ? (spec.user().value().isBlank() ? "root" : spec.user().value())
                : spec.runAsNonRoot() != null && spec.runAsNonRoot().value() ? "non-root"
                : spec.imageUser() != null ? (spec.imageUser().isBlank() ? "root" : spec.imageUser()) : "(image)";
        List<String> caps = new ArrayList<>();
        spec.capAdd().forEach(c -> caps.add("+" + c.value()));
        spec.capDrop().forEach(c -> caps.add("-" + c.value()));
        boolean sock = findings.stream().anyMatch(f -> f.ruleId().equals("TC004"));
        List<String> limits = new ArrayList<>();
        if (spec.hasMemoryLimit()) {
            limits.add("mem");
        }
        if (spec.hasCpuLimit()) {
            limits.add("cpu");
        }
        if (spec.hasPidsLimit()) {
            limits.add("pids");
        }
        boolean readOnly = spec.readOnlyRootfs() != null && spec.readOnlyRootfs().value();
        return List.of(spec.name(), user, spec.isPrivileged() ? "yes" : "no",
                caps.isEmpty() ? "default" : String.join(",", caps), sock ? "yes" : "no",
                limits.isEmpty() ? "none" : String.join(",", limits), readOnly ? "ro" : "rw",
                String.valueOf(score(findings)));
    }

    /** The table as aligned text, one line per container, header first. */
    public static String table(List<ContainerAudit.Audited> containers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        containers.forEach(c -> rows.add(row(c)));
        int[] widths = new int[HEADER.size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(i == r.size() - 1 ? r.get(i) : String.format("%-" + widths[i] + "s  ", r.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
