package dev.trusty.cli;

import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Report;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Suppressor;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;
import dev.trusty.host.bench.BaselineDiff;
import dev.trusty.host.bench.Bench;
import dev.trusty.host.bench.BenchEntry;
import dev.trusty.host.bench.BenchJson;
import dev.trusty.host.bench.BenchResult;
import dev.trusty.host.bench.BenchText;
import dev.trusty.host.bench.ContainerFilter;
import dev.trusty.host.bench.ContainerSection;
import dev.trusty.host.bench.EngineConnector;
import dev.trusty.host.bench.Selection;
import dev.trusty.host.checks.HostChecks;
import dev.trusty.host.facts.EngineFacts;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.HostFactsCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code trusty bench}: the CIS Docker Benchmark for this host, its daemon and (with an engine) its images and containers. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the CIS Docker Benchmark checks (Docker Bench for Security ids 1.1.1 ... 7.9) on this host.",
                "Every check is listed with pass, warn, info, note (manual, with steps) or skipped (with why).",
                "Works without root (what needs root is skipped) and without an engine (host checks only)."},
        footer = {"", "Formats: text (default); json (every check with result and evidence, the input of --baseline);",
                "docker-bench (Docker Bench for Security's JSON shape); sarif and junit (warnings as findings).",
                "Exit codes: 0 no warning at or above --fail-on, 1 warnings at or above it (with --baseline: new ones only),",
                "2 usage or input error, 3 internal error."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ReportOptions report;

    @Option(names = "--check", paramLabel = "ID|GROUP", split = ",",
            description = "Run only these checks: ids (2.2, TH022), sections (2, 1.1) or groups (cis, all, community, "
                    + "docker_daemon_configuration...). Default: everything but the community group.")
    List<String> checks = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "ID|GROUP", split = ",", description = "Leave these checks out (same forms as --check).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--level", paramLabel = "1|2", defaultValue = "2",
            description = "1: leave out checks known to be CIS Level 2; 2: all (default).")
    int level;

    @Option(names = "--containers", paramLabel = "PATTERN", split = ",",
            description = "Only containers whose name matches one of these regular expressions.")
    List<String> containers = new ArrayList<>();

    @Option(names = "--exclude-containers", paramLabel = "PATTERN", split = ",",
            description = "Leave out containers whose name matches one of these regular expressions.")
    List<String> excludeContainers = new ArrayList<>();

    @Option(names = "--trusted-users", paramLabel = "USER", split = ",",
            description = "Users allowed to control the daemon: other docker group members make 1.1.2 a warning.")
    List<String> trustedUsers = new ArrayList<>();

    @Option(names = {"-H", "--host"}, paramLabel = "URL",
            description = "Engine to audit (unix:// or tcp://); a remote engine skips the checks that read this machine's files.")
    String host;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier `trusty bench -f json` output: report only what changed (new warnings, fixed ones); "
                    + "the exit code then counts new warnings only.")
    Path baseline;

    @Option(names = "--root", paramLabel = "PATH", hidden = true, defaultValue = "/",
            description = "Directory standing for the host's / (tests).")
    Path root;

    @Option(names = "--engine-json", paramLabel = "DIR", hidden = true,
            description = "Replay captured Engine API JSON from DIR instead of asking an engine (tests, benchmarks).")
    Path engineJson;

    private final EngineConnector engines;
    private final ContainerSection containerSection;

    /** Host checks only: no engine client, no container rules. */
    public BenchCommand() {
        this(EngineConnector.NONE, ContainerSection.NOT_WIRED);
    }

    /** With the engine client and the container rules, as the application wires it. */
    public BenchCommand(EngineConnector engines, ContainerSection containerSection) {
        this.engines = engines;
        this.containerSection = containerSection;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (!Files.isDirectory(root)) {
            throw new InputException(root + ": not a directory (--root)");
        }
        Map<String, BenchJson.Recorded> previous = baseline == null ? null : BenchJson.read(baseline);
        Selection selection = new Selection(checks, excludes, level);
        Optional<EngineFacts> engine = engineJson != null
                ? Optional.of(dev.trusty.host.facts.StaticEngineFacts.load(engineJson)) : engines.connect(host);
        if (host != null && engine.isEmpty()) {
            throw new InputException("cannot reach the engine at " + host + (engines == EngineConnector.NONE
                    ? ": this build has no engine client" : ""));
        }
        HostFacts facts = new HostFactsCollector(root).engine(engine.orElse(null)).trustedUsers(trustedUsers).collect();
        Bench bench = new Bench(HostChecks.ALL, containerSection);
        ContainerFilter filter = new ContainerFilter(containers, excludeContainers, System.getenv("HOSTNAME"));
        BenchResult result = bench.run(facts, selection, filter);
        List<String> notes = new ArrayList<>(result.notes());
        if (engine.isEmpty()) {
            notes.add("no engine: checks that read the Engine API are skipped");
        }
        if (!facts.asRoot()) {
            notes.add("not running as root: checks of root-only files are skipped");
        }
        // elapsed covers fact collection too, not only the checks
        result = new BenchResult(result.entries(), notes, Duration.ofNanos(System.nanoTime() - start));

        BaselineDiff diff = previous == null ? null : BaselineDiff.between(previous, result);
        Policy policy = report.policy(null);
        List<Finding> findings = kept(result, diff, policy);
        PrintWriter out = spec.commandLine().getOut();
        String format = report.format.toLowerCase(Locale.ROOT);
        switch (format) {
            case "text" -> write(diff != null ? diff.render() : BenchText.render(result, common.quiet), out);
            case "json" -> write(BenchJson.write(result, Versions.version()), out);
            case "docker-bench" -> write(BenchJson.writeDockerBench(result, java.time.Instant.now().getEpochSecond()
                    - result.elapsed().toSeconds()), out);
            default -> {
                TargetReport target = new TargetReport(new Target("host", Target.Kind.HOST),
                        result.entries().stream().map(BenchEntry::rule).filter(r -> !policy.ignores(r)).toList(),
                        findings, 0, result.elapsed());
                Report whole = new Report(Versions.TOOL, Versions.version(), List.of(target), notes,
                        Duration.ofNanos(System.nanoTime() - start));
                return ReportOutput.emit(whole, report, common, policy, Map.of(), out);
            }
        }
        boolean fails = findings.stream().anyMatch(f -> f.severity().atLeast(policy.failOn()));
        return fails ? dev.trusty.core.ExitCode.FINDINGS : dev.trusty.core.ExitCode.OK;
    }

    /** Findings after --ignore and config; with a baseline, only the new warnings. */
    private static List<Finding> kept(BenchResult result, BaselineDiff diff, Policy policy) {
        Set<String> newItems = new HashSet<>();
        Set<String> newWholeChecks = new HashSet<>();
        if (diff != null) {
            for (BaselineDiff.Change c : diff.newWarnings()) {
                c.items().forEach(i -> newItems.add(c.id() + "\u0000" + i));
                if (c.items().isEmpty()) {
                    newWholeChecks.add(c.id());
                }
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (BenchEntry e : result.entries()) {
            for (Finding f : findingsOf(e)) {
                if (diff != null) {
                    String subject = f.location() instanceof dev.trusty.core.Location.Host h ? h.subject() : "";
                    if (!newItems.contains(e.benchId() + "\u0000" + subject) && !newWholeChecks.contains(e.benchId())) {
                        continue;
                    }
                }
                Finding effective = policy.apply(f, Suppressor.NONE);
                if (effective != null) {
                    kept.add(effective);
                }
            }
        }
        return kept;
    }

    private static List<Finding> findingsOf(BenchEntry e) {
        List<Finding> out = new ArrayList<>();
        dev.trusty.host.checks.HostCheck.report(e.rule(), e.result(), out::add);
        return out;
    }

    private void write(String text, PrintWriter out) {
        if (report.output != null) {
            try {
                Files.writeString(report.output, text);
            } catch (IOException e) {
                throw new InputException(report.output + ": cannot write the report: " + e.getMessage(), e);
            }
        } else {
            out.print(text);
            out.flush();
        }
    }
}
