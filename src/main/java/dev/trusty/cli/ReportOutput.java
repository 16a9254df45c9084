package dev.trusty.cli;

import dev.trusty.core.ExitCode;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Report;
import dev.trusty.core.TargetReport;
import dev.trusty.report.FormatOptions;
import dev.trusty.report.Formatter;
import dev.trusty.report.SourceLines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Turns what a command found into a report on stdout or a file, and into the exit code. */
final class ReportOutput {
    private ReportOutput() {
    }

    /** A table after a text report on stdout (the container summary); other formats stay pure. */
    static void appendTable(ReportOptions options, CommonOptions common, String table, PrintWriter out) {
        if ("text".equalsIgnoreCase(options.format.trim()) && options.output == null && !common.quiet
                && !table.isEmpty()) {
            out.println();
            out.print(table);
            out.flush();
        }
    }

    static Report report(List<TargetReport> targets, List<String> warnings, long startNanos) {
        return new Report(Versions.TOOL, Versions.version(), targets, warnings,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /**
     * Writes {@code report} as the user asked and returns 1 when a finding reaches the fail
     * threshold, else 0. {@code texts} holds sources not on disk (stdin) for excerpts.
     */
    static int emit(Report report, ReportOptions options, CommonOptions common, Policy policy,
                    Map<String, String> texts, PrintWriter out) {
        boolean toTerminal = options.output == null && System.console() != null;
        FormatOptions formatOptions = new FormatOptions(common.useColor(toTerminal), common.quiet,
                SourceLines.of(texts, SourceLines.fromFiles()));
        Formatter formatter = Formatter.named(options.format, formatOptions);
        try {
            if (options.output != null) {
                try (OutputStream file = Files.newOutputStream(options.output)) {
                    formatter.write(report, file);
                }
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                formatter.write(report, bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            String where = options.output != null ? options.output.toString() : "stdout";
            throw new InputException(where + ": cannot write the report: " + e.getMessage(), e);
        }
        return report.failsAt(policy.failOn()) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
