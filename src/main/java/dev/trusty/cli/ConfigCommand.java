package dev.trusty.cli;

import dev.trusty.container.ContainerAudit;
import dev.trusty.container.ContainerSummary;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code trusty config FILE... [--run 'docker run ...']}: audits container configuration files. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Audit container configuration: compose files, Kubernetes manifests, scripts with "
                + "'docker run' lines (detected by content), and --run command lines.")
final class ConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ReportOptions options;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Compose files, Kubernetes manifests or scripts.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--run", paramLabel = "COMMAND", description = "A 'docker run' or 'docker create' command line; repeatable.")
    List<String> runs = new ArrayList<>();

    @Option(names = "--merge", description = "Merge the compose files given, in order, into one project, as "
            + "'docker compose -f A -f B' does (later files override earlier ones).")
    boolean merge;

    @Option(names = "--no-summary", description = "Do not print the per-container table after a text report.")
    boolean noSummary;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (files.isEmpty() && runs.isEmpty()) {
            throw new InputException("config: give compose/Kubernetes files or --run 'docker run ...'");
        }
        Policy policy = options.policy(files.isEmpty() ? Path.of("").toAbsolutePath() : files.get(0));
        ContainerAudit audit = new ContainerAudit(policy, System.getenv());
        List<ContainerAudit.Audited> audited = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (merge && files.size() < 2) {
            throw new InputException("config --merge: give at least two compose files to merge");
        }
        ContainerAudit.Result fromFiles = merge ? audit.auditMergedCompose(files) : audit.auditFiles(files);
        audited.addAll(fromFiles.containers());
        warnings.addAll(fromFiles.warnings());
        for (String run : runs) {
            ContainerAudit.Result result = audit.auditRunCommand(run);
            audited.addAll(result.containers());
            warnings.addAll(result.warnings());
        }
        Report report = ReportOutput.report(audited.stream().map(ContainerAudit.Audited::report).toList(),
                warnings, start);
        int code = ReportOutput.emit(report, options, common, policy, Map.of(), spec.commandLine().getOut());
        if (!noSummary) {
            ReportOutput.appendTable(options, common, audited.isEmpty() ? "" : ContainerSummary.table(audited),
                    spec.commandLine().getOut());
        }
        return code;
    }
}
