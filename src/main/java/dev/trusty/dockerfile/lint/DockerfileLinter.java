package dev.trusty.dockerfile.lint;

import dev.trusty.core.Checker;
import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
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
        DockerfileLinter own = withOwnDockerignore(file);
        // the other linter reads the file itself: asked for the file, it would look for a .dockerignore again
        return (own != null ? own : this).lint(file.toString(), read(file));
    }

    /**
     * The linter for a file with a .dockerignore beside it ({@code <name>.dockerignore} or {@code .dockerignore})
     * when the settings name none yet, or null.
     */
    private DockerfileLinter withOwnDockerignore(Path file) {
        Path own = file.toAbsolutePath().resolveSibling(file.getFileName() + ".dockerignore");
        Path ignore = Files.isRegularFile(own) ? own : file.toAbsolutePath().resolveSibling(".dockerignore");
        if (!Files.isRegularFile(ignore) || !options.settings().dockerignore().isEmpty()) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(ignore);
            return new DockerfileLinter(options.withSettings(options.settings().withDockerignore(lines)), rules,
                    experimentalOff);
        } catch (IOException e) {
            throw new InputException(ignore + ": cannot read: " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
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
        Pending file = begin(name, text);
        if (file.done != null) {
            return file.done;
        }
        for (Rule<LintContext> rule : file.rules) {
            file.check(rule);
        }
        return finish(file, -1);
    }

    /** A Dockerfile's name (a path, or "-" for stdin) and text, for {@link #lint(List)}. */
    public record Source(String name, String text) {
    }

    /**
     * Files linted together by {@link #lint(List)}: enough to keep each step's code in cache over several files,
     * few enough for their models to stay in cache too (16 and 64 measured alike).
     */
    static final int BATCH = 16;

    /**
     * Lints several files, with the same results as {@link #lint(String, String)} for each, in their order.
     * It takes the files in batches and each step over a whole batch (parse, model, RUN splitting, then each
     * rule) rather than every step over one file: the parser's, the model's and the hundred rules' compiled
     * code do not fit the processor's caches together, so file by file each step reloads its code for every
     * file (see bench/dockerfile-rules). A file's time in its report is its own parse, model and report plus
     * an even share of its batch's splitting and rules.
     */
    public List<Result> lint(List<Source> sources) {
        List<Result> out = new ArrayList<>(sources.size());
        Pending[] batch = new Pending[BATCH];
        for (int from = 0; from < sources.size(); from += BATCH) {
            int n = Math.min(BATCH, sources.size() - from);
            Parsed[] parsed = new Parsed[n];
            for (int k = 0; k < n; k++) {
                parsed[k] = parse(sources.get(from + k).name(), sources.get(from + k).text());
            }
            for (int k = 0; k < n; k++) {
                batch[k] = setUp(parsed[k]);
            }
            long start = System.nanoTime();
            checkBatch(batch, n);
            long share = (System.nanoTime() - start) / n;
            for (int k = 0; k < n; k++) {
                out.add(batch[k].done != null ? batch[k].done : finish(batch[k], share));
                batch[k] = null;
            }
        }
        return out;
    }

    /** Splits the RUNs of the batch's files, then runs each rule over them, as {@link #lint(List)} says. */
    private void checkBatch(Pending[] batch, int n) {
        for (int k = 0; k < n; k++) {
            if (batch[k].done == null) {
                batch[k].ctx.splitRuns();
            }
        }
        for (Rule<LintContext> rule : activeRules) {
            for (int k = 0; k < n; k++) {
                if (batch[k].done == null) {
                    batch[k].check(rule);
                }
            }
        }
        // a file's check directive may add experimental checks: the file-by-file order puts them last too
        for (int k = 0; k < n; k++) {
            Pending file = batch[k];
            if (file.done == null) {
                for (int r = activeRules.size(); r < file.rules.size(); r++) {
                    file.check(file.rules.get(r));
                }
            }
        }
    }

    /** One file between its parse and its report; {@link #done} is set instead when it could not be parsed. */
    private final class Pending {
        final Result done;
        final long start;
        final String name;
        final String text;
        final Target target;
        final Dockerfile df;
        final List<Finding> extra;
        final InlinePragmas pragmas;
        final LintContext ctx;
        final CheckDirective check;
        final List<Rule<LintContext>> rules;
        final List<Finding> findings = new ArrayList<>();
        final int[] suppressed = {0};
        final FindingSink sink;
        /** The time {@link #begin} took (parse, model, pragmas). */
        long beginNanos;

        Pending(Result done) {
            this.done = done;
            this.start = 0;
            this.name = null;
            this.text = null;
            this.target = null;
            this.df = null;
            this.extra = null;
            this.pragmas = null;
            this.ctx = null;
            this.check = null;
            this.rules = null;
            this.sink = null;
        }

        Pending(long start, String name, String text, Dockerfile df, List<Finding> extra) {
            this.done = null;
            this.start = start;
            this.name = name;
            this.text = text;
            this.target = new Target(name, Target.Kind.DOCKERFILE);
            this.df = df;
            this.extra = extra;
            this.pragmas = InlinePragmas.of(df, commentPragmas);
            this.ctx = new LintContext(name, df, options.settings());
            this.check = BuildkitChecks.directive(df);
            this.rules = withExperimental(check);
            this.sink = Checker.policySink(options.policy(), pragmas, findings, suppressed);
        }

        /** Runs {@code rule} on this file when the file has anything it looks at. */
        void check(Rule<LintContext> rule) {
            if (!(rule instanceof DockerfileRule own) || own.appliesTo(ctx)) {
                Checker.checkOne(target, rule, ctx, sink);
            }
        }
    }

    /** Parses the file and sets up its model, pragmas and rules; an unparseable file is done at once. */
    private Pending begin(String name, String text) {
        return setUp(parse(name, text));
    }

    /**
     * A file parsed (or found unparseable: {@link #done}), with the BuildKit check that failed on it if any, and
     * how long its parse took.
     */
    private record Parsed(long start, long nanos, String name, String text, Dockerfile df, List<Finding> extra,
                          Result done) {
    }

    private Parsed parse(String name, String text) {
        long start = System.nanoTime();
        List<Finding> extra = new ArrayList<>();
        try {
            Dockerfile df = DockerfileParser.parse(name, text);
            return new Parsed(start, System.nanoTime() - start, name, text, df, extra, null);
        } catch (DockerfileParseException checkFailed) {
            // BuildKit's per-instruction checks failed: report it and lint what layer 1 accepts.
            Dockerfile df;
            try {
                df = DockerfileParser.parseSyntax(name, text);
            } catch (DockerfileParseException syntax) {
                return new Parsed(start, 0, name, text, null, extra, unparseable(name, syntax, text));
            }
            extra.add(Finding.of(BUILD_ERROR, Location.File.at(name, Math.max(1, checkFailed.line()),
                    Math.max(1, checkFailed.column())), checkFailed.reason()));
            return new Parsed(start, System.nanoTime() - start, name, text, df, extra, null);
        }
    }

    private Pending setUp(Parsed parsed) {
        if (parsed.done() != null) {
            return new Pending(parsed.done());
        }
        long start = System.nanoTime();
        Pending file = new Pending(parsed.start(), parsed.name(), parsed.text(), parsed.df(), parsed.extra());
        file.beginNanos = parsed.nanos() + System.nanoTime() - start;
        return file;
    }

    /**
     * The file's report once its rules ran; {@code sharedNanos} is its share of the rule time of its batch, or -1
     * when its rules ran on their own (then its time is simply since it began).
     */
    private Result finish(Pending file, long sharedNanos) {
        long start = System.nanoTime();
        List<Finding> findings = file.findings;
        CheckDirective check = file.check;
        if (check != null && check.error()) {
            // BuildKit fails the build on any check it reported: those findings become errors (high). An
            // experimental check Trusty runs by default (CopyIgnoredFile) counts only when the directive turns it on.
            findings.replaceAll(f -> BuildkitChecks.isCheck(f.rule()) && !f.severity().atLeast(Severity.HIGH)
                    && (!BuildkitChecks.isExperimental(f.rule()) || BuildkitChecks.enables(check, f.rule()))
                    ? f.withSeverity(Severity.HIGH) : f);
        }
        for (Finding f : file.extra) {
            Finding kept = options.policy().apply(f, file.pragmas);
            if (kept != null) {
                findings.add(kept);
            }
        }
        if (options.reportUnusedIgnores()) {
            for (InlinePragmas.Entry e : file.pragmas.unused()) {
                Finding f = Finding.of(UNUSED_IGNORE, new Location.File(file.name, e.line(), e.column(), e.line(), 0),
                        "ignore of '" + e.id() + "' matched no finding: remove it");
                Finding kept = options.policy().apply(f, null);
                if (kept != null) {
                    findings.add(kept);
                }
            }
        }
        long elapsed = sharedNanos < 0 ? System.nanoTime() - file.start
                : file.beginNanos + sharedNanos + System.nanoTime() - start;
        TargetReport report = new TargetReport(file.target, file.rules == activeRules ? checkedInfos : infos(file.rules),
                findings, file.suppressed[0], Duration.ofNanos(elapsed));
        return new Result(report, file.pragmas, file.df, file.text);
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

    /**
     * Like {@link #lintAll} but keeps each file's pragmas and text (for --fix and unused-ignore reports). The
     * files are linted in batches (see {@link #lint(List)}), but for those with their own .dockerignore.
     */
    public List<Result> lintFiles(List<Path> paths) {
        List<Result> out = new ArrayList<>();
        List<Source> batch = new ArrayList<>(BATCH);
        for (Path file : DockerfileFinder.expand(paths)) {
            if (options.policy().ignoresPath(file.toString())) {
                continue;
            }
            DockerfileLinter own = withOwnDockerignore(file);
            String name = file.toString();
            String text = null;
            DockerfileParseException unreadable = null;
            if (own == null) {
                try {
                    text = decode(name, read(file));
                } catch (DockerfileParseException e) {
                    unreadable = e;
                }
            }
            if (text != null) {
                batch.add(new Source(name, text));
                if (batch.size() == BATCH) {
                    out.addAll(lint(batch));
                    batch.clear();
                }
                continue;
            }
            out.addAll(lint(batch)); // the files before this one first: results keep the files' order
            batch.clear();
            out.add(own != null ? own.lint(name, read(file)) : unparseable(name, unreadable, ""));
        }
        out.addAll(lint(batch));
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
