package dev.trusty.cli;

import dev.trusty.container.ContainerAudit;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Report;
import dev.trusty.core.TargetReport;
import dev.trusty.dockerfile.lint.DockerfileConfig;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.engine.DockerEngine;
import dev.trusty.image.ImageAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code trusty scan PATH|IMAGE...}: works out what each argument is and runs every analysis that
 * applies — Dockerfiles are linted, compose files, Kubernetes manifests and scripts with
 * {@code docker run} lines are audited, image archives and engine images are analysed.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan files, directories and images: every applicable analysis, one report. Directories are "
                + "searched for Dockerfiles, compose files, Kubernetes manifests, scripts with 'docker run' lines and "
                + "image archives; an argument that is not a path is looked up as an image in the Docker engine.")
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ReportOptions options;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    VulnCheckOptions vulnOptions = new VulnCheckOptions();

    @Parameters(paramLabel = "PATH|IMAGE", arity = "1..*",
            description = "Files, directories, image archives, or image names in the local engine.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "Which image of a multi-platform index to analyse (default: the only one, or linux/amd64).")
    String platform;

    /** Files whose content decides whether they hold container configuration worth auditing. */
    private static final Set<String> CONFIG_SUFFIXES = Set.of(".yml", ".yaml", ".sh", ".bash", ".mk");
    private static final Set<String> CONFIG_NAMES = Set.of("Makefile", "makefile", "GNUmakefile", "Jenkinsfile");

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<Path> paths = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (String target : targets) {
            if (Files.exists(Path.of(target))) {
                paths.add(Path.of(target));
            } else if (looksLikePath(target)) {
                throw new InputException(target + ": no such file or directory");
            } else {
                images.add(target);
            }
        }
        // .trusty.yaml near the first target, else .hadolint.yaml, so hadolint users keep their settings
        Policy policy = new Policy(DockerfileConfig.resolve(options.config, paths.isEmpty() ? Path.of(".") : paths.get(0)),
                options.ignore, options.failOn);
        List<String> warnings = new ArrayList<>();
        List<TargetReport> reports = new ArrayList<>();

        var found = new TargetDiscovery()
                .with(TargetDiscovery.Kind.DOCKERFILE, DockerfileLinter::looksLikeDockerfile)
                .with(TargetDiscovery.Kind.IMAGE, ImageAudit::looksLikeImageArchive)
                .with(TargetDiscovery.Kind.CONTAINER_CONFIG, ScanCommand::holdsContainerConfig)
                .discover(paths);
        List<Path> dockerfiles = found.getOrDefault(TargetDiscovery.Kind.DOCKERFILE, List.of());
        if (!dockerfiles.isEmpty()) {
            reports.addAll(DockerfileLinter.of(policy).lintAll(dockerfiles));
        }
        List<Path> configs = found.getOrDefault(TargetDiscovery.Kind.CONTAINER_CONFIG, List.of());
        if (!configs.isEmpty()) {
            ContainerAudit.Result result = new ContainerAudit(policy, System.getenv()).auditFiles(configs);
            reports.addAll(result.reports());
            warnings.addAll(result.warnings());
        }
        ImageAudit imageAudit = new ImageAudit(policy, warnings::add, vulnOptions.check());
        for (Path archive : found.getOrDefault(TargetDiscovery.Kind.IMAGE, List.of())) {
            reports.addAll(imageAudit.audit(archive, platform));
        }
        if (!images.isEmpty()) {
            reports.addAll(scanEngineImages(images, imageAudit));
        }
        if (reports.isEmpty() && warnings.isEmpty()) {
            warnings.add("nothing to scan: no Dockerfile, compose file, Kubernetes manifest, script with 'docker run' "
                    + "lines or image archive under " + String.join(", ", targets));
        }
        Report report = ReportOutput.report(reports, warnings, start);
        return ReportOutput.emit(report, options, common, policy, Map.of(), spec.commandLine().getOut());
    }

    /** Names that are not paths are images in the local engine, streamed from its export endpoint. */
    private List<TargetReport> scanEngineImages(List<String> names, ImageAudit audit) {
        List<TargetReport> reports = new ArrayList<>();
        try (DockerEngine engine = engineOptions.connect()) {
            for (String name : names) {
                try {
                    engine.inspectImage(name);
                } catch (InputException e) {
                    throw new InputException(name + ": not a file or directory, and not found as an image in the "
                            + "Docker engine: " + e.getMessage());
                }
                try (InputStream export = engine.exportImage(name)) {
                    reports.addAll(audit.audit(export, name, platform));
                } catch (IOException e) {
                    throw new InputException(name + ": reading the image from the engine failed: " + e.getMessage(), e);
                }
            }
        }
        return reports;
    }

    /** An argument that can only have meant a file: image references have no such shape. */
    private static boolean looksLikePath(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return target.startsWith("/") || target.startsWith(".") || target.endsWith("/")
                || lower.endsWith("dockerfile") || lower.endsWith(".yml") || lower.endsWith(".yaml")
                || lower.endsWith(".tar") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz")
                || lower.endsWith(".sh") || lower.endsWith(".json");
    }

    private static boolean holdsContainerConfig(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String suffix = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        if (!CONFIG_SUFFIXES.contains(suffix) && !CONFIG_NAMES.contains(name)) {
            return false;
        }
        try {
            if (Files.size(file) > 4L * 1024 * 1024) {
                return false; // a generated or data file, not hand-written configuration
            }
            String text = Files.readString(file);
            return ContainerAudit.detect(file.toString(), text) != ContainerAudit.FileKind.UNKNOWN;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // unreadable or not UTF-8: not a config file we can audit
        }
    }
}
