package dev.trusty.dockerfile.lint;

import dev.trusty.core.Checker;
import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;
import dev.trusty.dockerfile.rules.DockerfileRule;
import dev.trusty.dockerfile.rules.ToolReadings;
import dev.trusty.dockerfile.rules.DockerfileRules;
import dev.trusty.dockerfile.rules.LintContext;
import dev.trusty.dockerfile.syntax.CheckDirective;
import dev.trusty.dockerfile.syntax.Dockerfile;
import dev.trusty.dockerfile.syntax.DockerfileParseException;
import dev.trusty.dockerfile.syntax.DockerfileParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lints Dockerfiles: parse, split into stages and commands, run every rule through the shared
 * {@link Checker} with the file's inline pragmas, then add the meta findings (unparseable file,
 * unused ignores). The CLI's {@code lint} and {@code scan} call this.
 */
public final class DockerfileLinter {
    /** A file BuildKit would refuse; reported like hadolint's DL1000 instead of aborting a multi-file run. */
    public static final RuleInfo PARSE_ERROR = RuleInfo.of("TD000", Domain.DOCKERFILE, "Dockerfile cannot be built",
                    Severity.HIGH).hadolint("DL1000")
            .why("BuildKit rejects this Dockerfile, so it cannot be built at all.")
            .fix("Fix the syntax error at the reported position.");
    /**
     * BuildKit refuses the file, but hadolint's parser accepts it (an empty file, a repeated parser
     * directive, an over-long line, a JSON array with a non-string, which hadolint reads as shell form):
     * reported apart, without DL1000.
     */
    public static final RuleInfo UNREADABLE_FOR_BUILDKIT = RuleInfo.of("TD220", Domain.DOCKERFILE,
                    "Dockerfile BuildKit refuses to read", Severity.HIGH)
            .why("BuildKit stops before building anything: the file has no instruction, repeats a parser directive, "
                    + "has a line longer than BuildKit reads, or a JSON array with a non-string element. hadolint "
                    + "accepts such a file, so this is not DL1000.")
            .fix("Add the instructions, keep one of each parser directive, split the long line, or quote every "
                    + "element of the JSON array.");
    /** BuildKit's per-instruction checks refuse an instruction; the rest of the file is still linted. */
    public static final RuleInfo BUILD_ERROR = RuleInfo.of("TD078", Domain.DOCKERFILE, "Instruction BuildKit would reject",
                    Severity.HIGH)
            .why("BuildKit parses the file but refuses this instruction, so the build fails here.")
            .fix("Fix the instruction as the message says.");
    public static final RuleInfo UNUSED_IGNORE = RuleInfo.of("TD219", Domain.DOCKERFILE, "Ignore pragma matched nothing",
                    Severity.INFO)
            .why("An ignore that suppresses nothing is stale: it hides future findings for no present reason.")
            .fix("Remove the id from the pragma.");

    /** Every rule the linter can report, for the catalogue and docs: the rules plus the linter's own. */
    public static List<RuleInfo> catalogue() {
        List<RuleInfo> all = new ArrayList<>(DockerfileRules.infos());
        all.addAll(List.of(PARSE_ERROR, UNREADABLE_FOR_BUILDKIT, BUILD_ERROR, UNUSED_IGNORE, ShellCheck.INFO));
        all.sort(java.util.Comparator.comparing(RuleInfo::id));
        return all;
    }

    private final LintOptions options;
    private final List<Rule<LintContext>> rules = new ArrayList<>();
    /** The rules the policy does not ignore, and their metadata: the same for every file, so decided once. */
    private final List<Rule<LintContext>> activeRules;
    private final List<RuleInfo> checkedInfos;
    private final boolean commentPragmas;
    /** Opt-in BuildKit experimental checks the configuration leaves off: a file's {@code # check=experimental=} runs them. */
    private final List<Rule<LintContext>> experimentalOff = new ArrayList<>();

    public DockerfileLinter(LintOptions options) {
        this.options = options;
        for (Rule<LintContext> r : DockerfileRules.ALL) {
            if (r instanceof ToolReadings readings) {
                rules.add(readings.reporting(reading -> enabledByConfig(reading, options.policy())));
            } else if (!r.info().tags().contains(DockerfileRule.OPT_IN) || enabledByConfig(r.info(), options.policy())) {
                rules.add(r);
            } else if (BuildkitChecks.isExperimental(r.info()) && !options.policy().ignores(r.info())) {
                experimentalOff.add(r);
            }
        }
        ShellCheck shellCheck = ShellCheck.forMode(options.shellcheck());
        if (shellCheck != null) {
            rules.add(shellCheck);
        }
        activeRules = active(rules, options.policy());
        checkedInfos = infos(activeRules);
        commentPragmas = commentPragmas(options.policy());
    }

    private DockerfileLinter(LintOptions options, List<Rule<LintContext>> rules, List<Rule<LintContext>> experimentalOff) {
        this.options = options;
        this.rules.addAll(rules);
        this.experimentalOff.addAll(experimentalOff);
        activeRules = active(rules, options.policy());
        checkedInfos = infos(activeRules);
        commentPragmas = commentPragmas(options.policy());
    }

    /** A list TargetReport can keep as it is (a stream's toList allows nulls, so List.copyOf would copy it per file). */
    private static List<RuleInfo> infos(List<Rule<LintContext>> rules) {
        return List.copyOf(rules.stream().map(Rule::info).toList());
    }

    /**
     * The rules the policy does not ignore. A rule with other tools' readings is dropped only when ignored
     * by its own id: ignoring one tool's alias silences just the findings that carry it (see ToolReadings).
     */
    private static List<Rule<LintContext>> active(List<Rule<LintContext>> rules, Policy policy) {
        return rules.stream().filter(r -> !policy.ignores(r instanceof ToolReadings
                ? r.info().withoutAliases(r.info().aliases()) : r.info())).toList();
    }

    /** hadolint's disable-ignore-pragma: when set, only BuildKit's check directive suppresses. */
    private static boolean commentPragmas(Policy policy) {
        var section = policy.config().section("dockerfile");
        return section == null || !section.path("disable-ignore-pragma").asBoolean(false);
    }

    /** The result of linting one file; {@code dockerfile} is null when it could not be parsed. */
    public record Result(TargetReport report, InlinePragmas pragmas, Dockerfile dockerfile, String text) {
    }

    /** True when the config gives the rule a severity or lists it under {@code dockerfile: enable:}. */
    private static boolean enabledByConfig(RuleInfo rule, Policy policy) {
        for (Map.Entry<String, Severity> e : policy.config().severity().entrySet()) {
            if (rule.isKnownAs(e.getKey())) {
                return true;
            }
        }
        var section = policy.config().section("dockerfile");
        if (section != null) {
            for (var id : section.path("enable")) {
                if (rule.isKnownAs(id.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<Rule<LintContext>> rules() {
        return rules;
    }

    /** Lints a file; an unreadable file is an input error. */
    public Result lint(Path file) {
        Path own = file.toAbsolutePath().resolveSibling(file.getFileName() + ".dockerignore");
        Path ignore = Files.isRegularFile(own) ? own : file.toAbsolutePath().resolveSibling(".dockerignore");
        if (Files.isRegularFile(ignore) && options.settings().dockerignore().isEmpty()) {
            try {
                List<String> lines = Files.readAllLines(ignore);
                return new DockerfileLinter(options.withSettings(options.settings().withDockerignore(lines)), rules,
                        experimentalOff)
                        .lint(file);
            } catch (IOException e) {
                throw new InputException(ignore + ": cannot read: " + e.getMessage());
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return lint(file.toString(), bytes);
    }

    public Result lint(String name, byte[] bytes) {
        String text;
        try {
            text = decode(name, bytes);
        } catch (DockerfileParseException e) {
            return unparseable(name, e, "");
        }
        return lint(name, text);
    }

    /** Lints Dockerfile text that came from {@code name} (a path, or "-" for stdin). */
    public Result lint(String name, String text) {
        long start = System.nanoTime();
        Target target = new Target(name, Target.Kind.DOCKERFILE);
        Dockerfile df;
        List<Finding> extra = new ArrayList<>();
        try {
            df = DockerfileParser.parse(name, text);
        } catch (DockerfileParseException checkFailed) {
            // BuildKit's per-instruction checks failed: report it and lint what layer 1 accepts.
            try {
                df = DockerfileParser.parseSyntax(name, text);
            } catch (DockerfileParseException syntax) {
                return unparseable(name, syntax, text);
            }
            extra.add(Finding.of(BUILD_ERROR, Location.File.at(name, Math.max(1, checkFailed.line()),
                    Math.max(1, checkFailed.column())), checkFailed.reason()));
        }
        InlinePragmas pragmas = InlinePragmas.of(df, commentPragmas);
        LintContext ctx = new LintContext(name, df, options.settings());
        CheckDirective check = BuildkitChecks.directive(df);
        List<Rule<LintContext>> rulesHere = withExperimental(check);
        List<Finding> findings = new ArrayList<>();
        int suppressed = Checker.check(target, rulesHere, ctx, options.policy(), pragmas, findings,
                rule -> !(rule instanceof DockerfileRule own) || own.appliesTo(ctx));
        if (check != null && check.error()) {
            // BuildKit fails the build on any check it reported: those findings become errors (high). An
            // experimental check Trusty runs by default (CopyIgnoredFile) counts only when the directive turns it on.
            findings.replaceAll(f -> BuildkitChecks.isCheck(f.rule()) && !f.severity().atLeast(Severity.HIGH)
                    && (!BuildkitChecks.isExperimental(f.rule()) || BuildkitChecks.enables(check, f.rule()))
                    ? f.withSeverity(Severity.HIGH) : f);
        }
        for (Finding f : extra) {
            Finding kept = options.policy().apply(f, pragmas);
            if (kept != null) {
                findings.add(kept);
            }
        }
        if (options.reportUnusedIgnores()) {
            for (InlinePragmas.Entry e : pragmas.unused()) {
                Finding f = Finding.of(UNUSED_IGNORE, new Location.File(name, e.line(), e.column(), e.line(), 0),
                        "ignore of '" + e.id() + "' matched no finding: remove it");
                Finding kept = options.policy().apply(f, null);
                if (kept != null) {
                    findings.add(kept);
                }
            }
        }
        TargetReport report = new TargetReport(target, rulesHere == activeRules ? checkedInfos : infos(rulesHere),
                findings, suppressed,
                Duration.ofNanos(System.nanoTime() - start));
        return new Result(report, pragmas, df, text);
    }

    /** The active rules plus the experimental checks the file's check directive turns on. */
    private List<Rule<LintContext>> withExperimental(CheckDirective check) {
        if (check == null || experimentalOff.isEmpty()) {
            return activeRules;
        }
        List<Rule<LintContext>> all = new ArrayList<>(activeRules);
        for (Rule<LintContext> r : experimentalOff) {
            if (BuildkitChecks.enables(check, r.info())) {
                all.add(r);
            }
        }
        return all.size() == activeRules.size() ? activeRules : all;
    }

    private static Finding parseFinding(String name, DockerfileParseException e) {
        return Finding.of(parseRule(e), Location.File.at(name, Math.max(1, e.line()), Math.max(1, e.column())), e.reason());
    }

    /** TD000 (DL1000) for what hadolint rejects too; TD220 for what only BuildKit refuses. */
    private static RuleInfo parseRule(DockerfileParseException e) {
        String reason = e.reason();
        boolean onlyBuildkit = reason.equals("file with no instructions")
                || reason.startsWith("only one ") && reason.endsWith(" parser directive can be used")
                || reason.startsWith("dockerfile line greater than max allowed size")
                || reason.startsWith("when using JSON array syntax, arrays must be comprised of strings only");
        return onlyBuildkit ? UNREADABLE_FOR_BUILDKIT : PARSE_ERROR;
    }

    private Result unparseable(String name, DockerfileParseException e, String text) {
        Target target = new Target(name, Target.Kind.DOCKERFILE);
        Finding f = options.policy().apply(parseFinding(name, e), null);
        TargetReport report = new TargetReport(target, List.of(parseRule(e)), f == null ? List.of() : List.of(f),
                f == null ? 1 : 0, Duration.ZERO);
        return new Result(report, null, null, text);
    }

    private static String decode(String name, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                DockerfileParser.parse(name, bytes);
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            DockerfileParser.parse(name, bytes);
            throw new InputException(name + ": not UTF-8 text");
        }
    }

    /** Lints every file and directory given (directories are searched for Dockerfiles). */
    public List<TargetReport> lintAll(List<Path> paths) {
        return lintFiles(paths).stream().map(Result::report).toList();
    }

    /** Like {@link #lintAll} but keeps each file's pragmas and text (for --fix and unused-ignore reports). */
    public List<Result> lintFiles(List<Path> paths) {
        List<Result> out = new ArrayList<>();
        for (Path file : DockerfileFinder.expand(paths)) {
            if (!options.policy().ignoresPath(file.toString())) {
                out.add(lint(file));
            }
        }
        return out;
    }

    /** A linter for {@code policy}, reading the rule settings from the policy's configuration. */
    public static DockerfileLinter of(Policy policy) {
        return new DockerfileLinter(new LintOptions(policy, DockerfileConfig.settings(policy.config()),
                LintOptions.ShellCheckMode.AUTO, false));
    }

    /** Whether a file found while scanning a tree should be linted as a Dockerfile. */
    public static boolean looksLikeDockerfile(Path path) {
        return DockerfileFinder.looksLikeDockerfile(path);
    }
}
