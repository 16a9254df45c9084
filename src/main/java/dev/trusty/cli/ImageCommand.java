package dev.trusty.cli;

import dev.trusty.core.ExitCode;
import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import dev.trusty.image.ImageAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code trusty image FILE|DIR}: audits a docker save archive or an OCI image layout. */
@Command(name = "image", mixinStandardHelpOptions = true,
        description = {"Check an image: its config, history, files and secrets in every layer.",
                "FILE is a 'docker save' archive (plain or gzip) or an OCI layout tar; DIR an OCI layout directory."})
public final class ImageCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "Image archive or OCI layout directory.")
    Path target;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "Image to check in a multi-platform index (default: the only one, else this machine's).")
    String platform;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!"text".equals(report.format)) {
            throw new InputException("--format " + report.format + ": the image command prints text only until it is wired to the shared report formats");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Policy policy = report.policy(target.toAbsolutePath().getParent());
        ImageAudit audit = new ImageAudit(policy, warning -> {
            if (!common.quiet) {
                err.println("trusty: warning: " + warning);
            }
        });
        List<TargetReport> reports = audit.audit(target, platform);
        boolean failed = false;
        for (TargetReport r : reports) {
            for (Finding f : r.findings()) {
                out.println(f.severity().label().toUpperCase(java.util.Locale.ROOT) + " " + f.ruleId() + " "
                        + f.location().describe() + ": " + f.message());
                failed |= f.severity().atLeast(policy.failOn());
            }
            if (!common.quiet) {
                out.println(r.target().name() + ": " + r.findings().size() + " finding(s), " + r.rulesChecked().size()
                        + " rules checked, " + r.elapsed().toMillis() + " ms");
            }
        }
        out.flush();
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
