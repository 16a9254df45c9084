package dev.trusty.cli;

import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Report;
import dev.trusty.core.TargetReport;
import dev.trusty.engine.DockerEngine;
import dev.trusty.image.ImageAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code trusty image IMAGE|FILE|DIR}: audits an image. A path is a docker save archive (plain or
 * gzip) or an OCI layout (tar or directory); anything else is an image in the engine, streamed
 * from its export API in one pass (no temporary file).
 */
@Command(name = "image", mixinStandardHelpOptions = true,
        description = {"Check an image: its config, history, files and secrets in every layer, and its packages for "
                + "known vulnerabilities when a vulnerability database is present ('trusty db update').",
                "IMAGE is a name or id in the Docker engine; FILE a 'docker save' archive (plain or gzip) or an OCI "
                        + "layout tar; DIR an OCI layout directory."})
final class ImageCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IMAGE|FILE|DIR", description = "Image name or id, archive, or OCI layout directory.")
    String target;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "Image to check in a multi-platform index (default: the only one, else this machine's).")
    String platform;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    ReportOptions options = new ReportOptions();

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    VulnCheckOptions vulnOptions = new VulnCheckOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path path = asPath(target);
        boolean isPath = path != null && Files.exists(path);
        Policy policy = options.policy(isPath ? path.toAbsolutePath().getParent() : Path.of("").toAbsolutePath());
        List<String> warnings = new ArrayList<>();
        ImageAudit audit = new ImageAudit(policy, warnings::add, vulnOptions.check());
        List<TargetReport> reports;
        if (isPath) {
            reports = audit.audit(path, platform);
        } else if (looksLikeAPath(target)) {
            throw new InputException(target + ": no such file or directory");
        } else {
            reports = fromEngine(audit);
        }
        Report report = ReportOutput.report(reports, warnings, start);
        return ReportOutput.emit(report, options, common, policy, Map.of(), spec.commandLine().getOut());
    }

    private List<TargetReport> fromEngine(ImageAudit audit) {
        try (DockerEngine engine = engineOptions.connect(); InputStream export = engine.exportImage(target)) {
            return audit.audit(export, target, platform);
        } catch (IOException e) {
            throw new InputException(target + ": reading the image from the engine failed: " + e.getMessage(), e);
        }
    }

    private static Path asPath(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Names the user meant as files even when they do not exist (so the error says "no such file"). */
    static boolean looksLikeAPath(String text) {
        return text.startsWith("/") || text.startsWith("./") || text.startsWith("../") || text.startsWith("~")
                || text.matches(".*\\.(?:tar|tar\\.gz|tgz|tar\\.zst)$");
    }
}
