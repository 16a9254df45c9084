package dev.trusty.cli;

import dev.trusty.core.ExitCode;
import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Severity;
import dev.trusty.core.TargetReport;
import dev.trusty.core.TrustyConfig;
import dev.trusty.dockerfile.lint.DockerfileConfig;
import dev.trusty.dockerfile.lint.DockerfileFixer;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code trusty lint [FILES...]}: lints Dockerfiles like hadolint, Trivy and BuildKit together.
 * Only the lint-specific options live here; the common ones (format, output, fail-on, config, ignore)
 * come from the CLI's shared option mixins, which call {@link #lint(Policy)}.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint Dockerfiles (hadolint DL rules, Trivy DS checks, BuildKit checks, hardening).")
public class LintCommand implements Callable<Integer> {

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
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new InputException("-: cannot read stdin: " + e.getMessage());
        }
    }

    /** The configuration used when the CLI gives none: .trusty.yaml, else .hadolint.yaml, near the first file. */
    public TrustyConfig defaultConfig() {
        String first = files.isEmpty() || files.getFirst().equals("-") ? "." : files.getFirst();
        return DockerfileConfig.resolve(null, Path.of(first));
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try {
            Policy policy = new Policy(defaultConfig(), List.of(), null);
            List<TargetReport> reports = lint(policy);
            boolean failed = false;
            for (TargetReport r : reports) {
                for (Finding f : r.findings()) {
                    String aliases = f.rule().aliases().isEmpty() ? "" : " (" + String.join(", ", f.rule().aliases()) + ")";
                    out.println(f.location().describe() + ": " + f.severity().label() + " " + f.ruleId() + aliases
                            + " " + f.message());
                    failed |= f.severity().atLeast(policy.failOn());
                }
            }
            return failed ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (InputException e) {
            System.err.println(e.getMessage());
            return ExitCode.INPUT_ERROR;
        }
    }
}
