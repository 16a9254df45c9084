package dev.trusty.cli;

import dev.trusty.container.ContainerAudit;
import dev.trusty.container.ContainerSummary;
import dev.trusty.core.ConfigLoader;
import dev.trusty.core.ExitCode;
import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Severity;
import dev.trusty.core.TrustyConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code trusty config FILE... [--run 'docker run ...']}: audits container configuration files. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Audit container configuration: compose files, Kubernetes manifests, scripts with "
                + "'docker run' lines (detected by content), and --run command lines.")
public final class ConfigCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Compose files, Kubernetes manifests or scripts.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--run", paramLabel = "COMMAND", description = "A 'docker run' or 'docker create' command line.")
    List<String> runs = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "ID", description = "Rule ids or aliases to skip.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 at or above this severity.")
    String failOn;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file (default: the nearest .trusty.yaml next to the first file or above it).")
    Path config;

    @Option(names = "--no-summary", description = "Do not print the per-container table.")
    boolean noSummary;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        try {
            if (files.isEmpty() && runs.isEmpty()) {
                throw new InputException("config: give compose/Kubernetes files or --run 'docker run ...'");
            }
            Path start = files.isEmpty() ? Path.of("") : files.get(0);
            TrustyConfig settings = config != null ? ConfigLoader.load(config)
                    : ConfigLoader.find(start).map(ConfigLoader::load).orElse(TrustyConfig.DEFAULTS);
            Policy policy = new Policy(settings, ignore, failOn == null ? null : parseSeverity(failOn));
            ContainerAudit audit = new ContainerAudit(policy, System.getenv());
            List<ContainerAudit.Audited> all = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            ContainerAudit.Result fromFiles = audit.auditFiles(files);
            all.addAll(fromFiles.containers());
            warnings.addAll(fromFiles.warnings());
            for (String run : runs) {
                ContainerAudit.Result r = audit.auditRunCommand(run);
                all.addAll(r.containers());
                warnings.addAll(r.warnings());
            }
            warnings.forEach(w -> err.println("warning: " + w));
            boolean failed = false;
            for (ContainerAudit.Audited a : all) {
                for (Finding f : ContainerAudit.inSourceOrder(a.report().findings())) {
                    out.println(f.location().describe() + ": " + f.severity().label() + " " + f.ruleId() + " "
                            + f.message());
                    failed |= f.severity().atLeast(policy.failOn());
                }
            }
            if (!noSummary && !all.isEmpty()) {
                out.println();
                out.print(ContainerSummary.table(all));
            }
            return failed ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (InputException e) {
            err.println("trusty: " + e.getMessage());
            return ExitCode.INPUT_ERROR;
        }
    }

    private static Severity parseSeverity(String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("--fail-on: " + e.getMessage());
        }
    }
}
