package dev.trusty.cli;

import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import dev.trusty.core.TrustyConfig;
import dev.trusty.dockerfile.lint.DockerfileConfig;
import dev.trusty.dockerfile.lint.DockerfileFixer;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import dev.trusty.core.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code trusty lint [FILES...]}: lints Dockerfiles like hadolint, Trivy and BuildKit together.
 * The common options (format, output, fail-on, config, ignore) come from the shared mixins; the
 * configuration falls back to .hadolint.yaml when there is no .trusty.yaml. {@code scan} can call
 * {@link #lint(Policy)} or {@link DockerfileLinter} directly.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint Dockerfiles (hadolint DL rules, Trivy DS checks, BuildKit checks, hardening).")
class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ReportOptions options;

    private String stdinText;

    @Parameters(paramLabel = "FILES", arity = "0..*",
            description = "Dockerfiles or directories to search ('-' reads stdin). Default: the current directory.")
    List<String> files = new ArrayList<>();

    @Option(names = "--fix", description = "Apply the rules' safe text fixes in place, then report what is left.")
    boolean fix;

    @Option(names = "--shellcheck", paramLabel = "MODE", defaultValue = "auto",
            description = "Run ShellCheck on RUN scripts: auto (when on PATH), always, never. Default: ${DEFAULT-VALUE}.")
    String shellcheck = "auto";

    @Option(names = "--report-unused-ignores", description = "Report ignore pragmas that matched nothing, at info level.")
    boolean reportUnusedIgnores;

    InputStream stdin = System.in;

    /** Lints the requested files under {@code policy}; --fix rewrites files first. */
    public List<TargetReport> lint(Policy policy) {
        LintOptions options = new LintOptions(policy, DockerfileConfig.settings(policy.config()),
                LintOptions.ShellCheckMode.parse(shellcheck), reportUnusedIgnores);
        DockerfileLinter linter = new DockerfileLinter(options);
        List<TargetReport> out = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String f : files.isEmpty() ? List.of(".") : files) {
            if (f.equals("-")) {
                out.add(linter.lint("-", readStdin()).report());
            } else {
                Path p = Path.of(f);
                if (!Files.exists(p)) {
                    throw new InputException(f + ": no such file or directory");
                }
                paths.add(p);
            }
        }
        for (DockerfileLinter.Result r : linter.lintFiles(paths)) {
            if (fix && r.dockerfile() != null) {
                r = fixInPlace(linter, r);
            }
            out.add(r.report());
        }
        return out;
    }

    private DockerfileLinter.Result fixInPlace(DockerfileLinter linter, DockerfileLinter.Result result) {
        Path file = Path.of(result.report().target().name());
        DockerfileLinter.Result current = result;
        for (int round = 0; round < 3; round++) {
            DockerfileFixer.Result fixed = DockerfileFixer.apply(current.text(), current.report().findings());
            if (fixed.applied() == 0) {
                break;
            }
            try {
                Files.writeString(file, fixed.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(file + ": cannot write fixes: " + e.getMessage());
            }
            current = linter.lint(file);
        }
        return current;
    }

    private byte[] readStdin() {
        try {
            byte[] bytes = stdin.readAllBytes();
            stdinText = new String(bytes, StandardCharsets.UTF_8);
            return bytes;
        } catch (IOException e) {
            throw new InputException("-: cannot read stdin: " + e.getMessage());
        }
    }

    /** The configuration: --config if given, else .trusty.yaml, else .hadolint.yaml, near the first file. */
    public TrustyConfig config(Path explicit) {
        String first = files.isEmpty() || files.getFirst().equals("-") ? "." : files.getFirst();
        return DockerfileConfig.resolve(explicit, Path.of(first));
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Policy policy = new Policy(config(options.config), options.ignore, options.failOn);
        List<TargetReport> reports = lint(policy);
        Report report = ReportOutput.report(reports, List.of(), start);
        return ReportOutput.emit(report, options, common, policy, stdinText == null ? Map.of() : Map.of("-", stdinText),
                spec.commandLine().getOut());
    }
}
