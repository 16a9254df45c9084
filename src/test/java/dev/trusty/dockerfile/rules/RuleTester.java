package dev.trusty.dockerfile.rules;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.Severity;
import dev.trusty.core.TrustyConfig;
import dev.trusty.dockerfile.base.BaseImage;
import dev.trusty.dockerfile.base.BaseImageSource;
import dev.trusty.dockerfile.base.Platform;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs rule cases written as Dockerfiles. Cases are separated by a line {@code ---}. A comment
 * {@code # expect: TD012} says the next instruction must get a TD012 finding on its first line
 * ({@code # expect: TD012 col=5} checks the column too); every other line must stay free of it.
 * {@code # config: ...} lines set trusted-registries=a,b / label-schema=key:type,... / strict-labels /
 * require-digest / enable (turn opt-in rules on) / build-platform=os/arch / base-image=REF os/arch [ENV1,ENV2]
 * (what a base-image source such as the engine's image store would know; without these, nothing is known).
 */
public final class RuleTester {

    /** One case: its text, where it starts in the fixture file, and what the rule must report. */
    public record Case(String text, int fixtureLine, List<Expectation> expected, LintOptions options) {
    }

    public record Expectation(String ruleId, int line, int column) {
    }

    public static List<Case> parse(String fixture, String ruleId) {
        List<Case> cases = new ArrayList<>();
        String[] lines = fixture.split("\n", -1);
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].strip().equals("---")) {
                String text = String.join("\n", java.util.Arrays.copyOfRange(lines, start, i));
                if (!text.isBlank()) {
                    cases.add(parseCase(text + "\n", start + 1, ruleId));
                }
                start = i + 1;
            }
        }
        return cases;
    }

    private static Case parseCase(String text, int fixtureLine, String ruleId) {
        List<Expectation> expected = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<String> registries = new ArrayList<>();
        Map<String, String> schema = new LinkedHashMap<>();
        boolean strict = false;
        boolean digest = false;
        List<String> dockerignore = new ArrayList<>();
        Map<String, Severity> enable = new LinkedHashMap<>();
        Platform buildPlatform = null;
        List<BaseImage> baseImages = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("# expect:") || l.startsWith("# expect-next-line:")) {
                boolean nextLine = l.startsWith("# expect-next-line:");
                String[] parts = l.substring(l.indexOf(':') + 1).trim().split("\\s+");
                int target = i + 1;
                while (!nextLine && target < lines.length
                        && (lines[target].isBlank() || lines[target].strip().startsWith("#"))) {
                    target++;
                }
                int col = 0;
                for (String p : parts) {
                    if (p.startsWith("col=")) {
                        col = Integer.parseInt(p.substring(4));
                    }
                }
                expected.add(new Expectation(parts[0], target + 1, col));
            } else if (l.startsWith("# config:")) {
                String c = l.substring("# config:".length()).trim();
                if (c.startsWith("trusted-registries=")) {
                    registries.addAll(List.of(c.substring("trusted-registries=".length()).split(",")));
                } else if (c.startsWith("label-schema=")) {
                    for (String kv : c.substring("label-schema=".length()).split(",")) {
                        String[] p = kv.split(":", 2);
                        schema.put(p[0], p[1]);
                    }
                } else if (c.equals("strict-labels")) {
                    strict = true;
                } else if (c.equals("require-digest")) {
                    digest = true;
                } else if (c.startsWith("dockerignore=")) {
                    dockerignore.addAll(List.of(c.substring("dockerignore=".length()).split(",")));
                } else if (c.startsWith("build-platform=")) {
                    buildPlatform = Platform.parse(c.substring("build-platform=".length()));
                } else if (c.startsWith("base-image=")) {
                    String[] p = c.substring("base-image=".length()).split("\\s+");
                    List<String> env = p.length > 2 ? List.of(p[2].split(",")) : List.of();
                    baseImages.add(new BaseImage(p[0], BaseImage.parseEnv(env), Platform.parse(p[1])));
                } else if (c.equals("enable")) {
                    enable.put(ruleId, Severity.INFO);
                }
            }
        }
        TrustyConfig config = new TrustyConfig(null, List.of(), enable, null, List.of(), registries, Map.of());
        LintSettings settings = new LintSettings(registries, schema, strict, digest, dockerignore,
                buildPlatform == null && baseImages.isEmpty() ? BaseImageSource.OFFLINE
                        : BaseImageSource.of(buildPlatform, baseImages));
        LintOptions options = new LintOptions(new Policy(config, List.of(), null), settings,
                LintOptions.ShellCheckMode.NEVER, false);
        return new Case(text, fixtureLine, expected, options);
    }

    /** The findings of {@code ruleId} (matched by id or alias) on the case. */
    public static List<Finding> run(Case c, String ruleId) {
        DockerfileLinter linter = new DockerfileLinter(c.options());
        // a reading's findings are its rule's, known by the reading's tool alias (see ToolReadings)
        String knownAs = DockerfileRules.readings().stream().filter(r -> r.info().id().equals(ruleId))
                .map(r -> r.info().aliases().getFirst()).findFirst().orElse(ruleId);
        return linter.lint("Dockerfile", c.text()).report().findings().stream()
                .filter(f -> f.rule().isKnownAs(knownAs)).toList();
    }

    /** Differences between expected and actual positions, empty when the case passes. */
    public static List<String> verify(Case c, String ruleId) {
        List<Finding> found = run(c, ruleId);
        List<String> problems = new ArrayList<>();
        TreeSet<Integer> actualLines = new TreeSet<>();
        for (Finding f : found) {
            actualLines.add(((Location.File) f.location()).line());
        }
        TreeSet<Integer> expectedLines = new TreeSet<>();
        for (Expectation e : c.expected()) {
            if (!e.ruleId().equalsIgnoreCase(ruleId)) {
                continue;
            }
            expectedLines.add(e.line());
            if (e.column() > 0 && found.stream().noneMatch(f -> ((Location.File) f.location()).line() == e.line()
                    && ((Location.File) f.location()).column() == e.column())) {
                problems.add("expected " + ruleId + " at line " + e.line() + " column " + e.column() + ", found "
                        + found.stream().map(f -> f.location().describe()).toList());
            }
        }
        if (!expectedLines.equals(actualLines)) {
            problems.add("expected " + ruleId + " on lines " + expectedLines + " but got " + actualLines + ": "
                    + found.stream().map(f -> f.location().describe() + " " + f.message()).toList());
        }
        return problems;
    }
}
