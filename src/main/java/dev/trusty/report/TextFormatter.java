package dev.trusty.report;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Report;
import dev.trusty.core.Severity;
import dev.trusty.core.TargetReport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for people: findings grouped by target in source order (TargetReport.ORDER), each with
 * its source excerpt and a remediation hint, then warnings and a one-line summary.
 */
public final class TextFormatter implements Formatter {
    private static final int SEVERITY_WIDTH = "CRITICAL".length();
    private static final String DETAIL_INDENT = " ".repeat(2 + SEVERITY_WIDTH + 1);

    private final FormatOptions options;
    private final Ansi ansi;

    public TextFormatter(FormatOptions options) {
        this.options = options;
        this.ansi = new Ansi(options.color());
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole text, lines ending in {@code \n}. */
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        if (options.quiet()) {
            report.targets().forEach(t -> t.findings().forEach(f -> out.append(oneLine(f)).append('\n')));
            return out.toString();
        }
        for (TargetReport target : report.targets()) {
            out.append(targetHeader(target)).append('\n');
            for (Finding finding : target.findings()) {
                appendFinding(out, finding);
            }
            if (!target.findings().isEmpty()) {
                out.append('\n');
            }
        }
        for (String warning : report.warnings()) {
            out.append(ansi.severity(Severity.MEDIUM, "warning:")).append(' ')
                    .append(Texts.printable(warning).replace("\n", " ")).append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** {@code HIGH TD012 [DL3008] Dockerfile:3:5: message}, for quiet mode and grep. */
    private String oneLine(Finding f) {
        return ansi.severity(f.severity(), f.severity().name()) + " " + ruleLabel(f) + " "
                + Texts.printable(f.location().describe()) + ": "
                + Texts.printable(f.message()).replace("\n", " ");
    }

    private String targetHeader(TargetReport target) {
        String name = ansi.bold(Texts.printable(target.target().name()));
        String counts = target.findings().isEmpty() ? "no findings" : Texts.plural(target.findings().size(), "finding");
        if (target.suppressed() > 0) {
            counts += ", " + target.suppressed() + " suppressed";
        }
        return name + " (" + target.target().kind().label() + "): " + counts;
    }

    private void appendFinding(StringBuilder out, Finding f) {
        String label = String.format("%-" + SEVERITY_WIDTH + "s", f.severity().name());
        out.append("  ").append(ansi.severity(f.severity(), label)).append(' ')
                .append(ruleLabel(f)).append("  ")
                .append(Texts.printable(f.location().describe())).append('\n');
        for (String line : Texts.printable(f.message()).split("\n")) {
            out.append(DETAIL_INDENT).append(line).append('\n');
        }
        for (Excerpt.Row row : excerpt(f.location())) {
            String gutter = String.format("%4s | ", row.gutter());
            String text = row.underline() ? ansi.severity(f.severity(), row.text()) : row.text();
            out.append(DETAIL_INDENT).append(ansi.dim(gutter)).append(text).append('\n');
        }
        if (!f.rule().remediation().isEmpty()) {
            out.append(DETAIL_INDENT).append(ansi.dim("hint: "))
                    .append(Texts.printable(f.rule().remediation()).replace("\n", " ")).append('\n');
        }
        if (f.fix() != null) {
            String fix = f.fix().description() == null ? "" : f.fix().description();
            if (f.fix().command() != null) {
                fix += (fix.isEmpty() ? "" : ": ") + f.fix().command();
            }
            out.append(DETAIL_INDENT).append(ansi.dim("fix:  ")).append(Texts.printable(fix).replace("\n", " ")).append('\n');
        }
    }

    private String ruleLabel(Finding f) {
        String alias = Texts.firstAlias(f.rule());
        return ansi.bold(f.ruleId()) + (alias.isEmpty() ? "" : " [" + alias + "]");
    }

    private List<Excerpt.Row> excerpt(Location location) {
        Location.File file = Locations.sourceFile(location);
        if (file == null || !file.hasPosition()) {
            return List.of();
        }
        return Excerpt.rows(options.sources(), file.path(), file.line(), file.column(), file.endLine(), file.endColumn());
    }

    private String summary(Report report) {
        String suppressed = report.suppressed() > 0 ? " (" + report.suppressed() + " suppressed)" : "";
        if (report.total() == 0) {
            return ansi.bold("No findings") + " in " + Texts.plural(report.targets().size(), "target") + suppressed + ".";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Severity, Integer> count : report.counts().entrySet()) {
            String part = count.getValue() + " " + count.getKey().label();
            parts.add(count.getValue() > 0 ? ansi.severity(count.getKey(), part) : part);
        }
        return ansi.bold(Texts.plural(report.total(), "finding")) + ": " + String.join(", ", parts) + suppressed;
    }
}
