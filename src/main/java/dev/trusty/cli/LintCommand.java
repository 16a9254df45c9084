package dev.trusty.cli;

import dev.trusty.core.ExitCode;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import dev.trusty.core.TrustyConfig;
import dev.trusty.dockerfile.base.BaseImageSource;
import dev.trusty.dockerfile.base.EngineBaseImages;
import dev.trusty.dockerfile.lint.DockerfileConfig;
import dev.trusty.dockerfile.lint.DockerfileFixer;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import dev.trusty.core.Report;
import picocli.CommandLine.ArgGroup;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code trusty lint [FILES...]}: lints Dockerfiles like hadolint, Trivy and BuildKit together.
 * The common options (format, output, fail-on, config, ignore) come from the shared mixins; the
 * configuration falls back to .hadolint.yaml when there is no .trusty.yaml, and hadolint's own flags
 * ({@link HadolintLintOptions}) override it. {@code --base-images=engine} lets the checks inspect base
 * images in the local engine's store. {@code scan} can call
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

    @Option(names = "--base-images", paramLabel = "SOURCE", defaultValue = "offline",
            description = "What the checks may know of base images (env, platform) for BuildKit's UndefinedVar and "
                    + "InvalidBaseImagePlatform: offline (nothing; scratch and stages of the file only) or engine "
                    + "(inspect the local engine's image store; never pulls). Default: ${DEFAULT-VALUE}.")
    String baseImages = "offline";

    @Mixin
    EngineOptions engine;

    /** Null when none of its flags was given (picocli leaves an unused group unset). */
    @ArgGroup(validate = false, heading = "%nRule settings (hadolint's flags, so a hadolint command line keeps working; --enable is Trusty's):%n")
    HadolintLintOptions hadolint;

    InputStream stdin = System.in;

    /** Lints the requested files under {@code policy}; --fix rewrites files first. */
    public List<TargetReport> lint(Policy policy) {
        LintOptions options = new LintOptions(policy,
                DockerfileConfig.settings(policy.config()).withBaseImages(baseImageSource()),
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

    /** The source of base-image facts --base-images asks for; the engine is asked for its platform at once. */
    private BaseImageSource baseImageSource() {
        return switch (baseImages.trim().toLowerCase(Locale.ROOT)) {
            case "offline" -> BaseImageSource.OFFLINE;
            case "engine" -> EngineBaseImages.connect(engine.connect());
            default -> throw new InputException("--base-images: unknown source '" + baseImages
                    + "' (expected offline or engine)");
        };
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
        HadolintLintOptions flags = hadolint == null ? new HadolintLintOptions() : hadolint;
        TrustyConfig config = flags.applyTo(config(options.config));
        Policy policy = new Policy(config, options.ignore, flags.failOn(options.failOn));
        List<TargetReport> reports = lint(policy);
        Report report = ReportOutput.report(reports, List.of(), start);
        int exit = ReportOutput.emit(report, options, common, policy,
                stdinText == null ? Map.of() : Map.of("-", stdinText), spec.commandLine().getOut());
        return exit == ExitCode.FINDINGS && flags.neverFail(config) ? ExitCode.OK : exit;
    }
}
