package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another tool's expectations, run the way a migrating user runs them: {@code trusty lint --format json}
 * on the file, with the case's config file beside it. A file {@code CODE[.topic].cases} holds cases
 * separated by {@code ---}; each starts with {@code #> catch L1,L2} (a finding carrying the alias CODE must
 * fire on exactly those lines; {@code #> catch} alone: somewhere) or {@code #> no-catch}, optionally
 * followed by {@code #> config <yaml>} (one line of the config file, flow style), {@code #> file NAME LINE}
 * (a line of another file beside the Dockerfile, e.g. {@code .dockerignore}; repeat for more lines) and
 * {@code #> message TEXT} (some finding carrying CODE has a message containing TEXT; repeatable). The
 * {@code #>} lines are not part of the Dockerfile, so line numbers count from the first line after them;
 * {@code #> note ...} lines are remarks for readers (e.g. the other tool's logic and severity) and a block of
 * notes alone is no case. A case whose file Trusty cannot parse fails (unless the code is the parse error's
 * own alias).
 */
final class ParityCorpus {
    private final String resources;
    private final String configFile;
    private final Path tmp;
    private final Set<String> parseErrors;
    private final boolean enableCode;

    /**
     * @param resources  the class-path folder of the {@code .cases} files
     * @param configFile the name of the config file a {@code #> config} line is written to
     */
    ParityCorpus(String resources, String configFile, Path tmp) {
        this(resources, configFile, tmp, Set.of("DL1000"), false);
    }

    /** @param enableCode run with {@code --enable CODE}, for lines only the other tool reports (Trivy's readings) */
    ParityCorpus(String resources, String configFile, Path tmp, boolean enableCode) {
        this(resources, configFile, tmp, Set.of("DL1000"), enableCode);
    }

    /**
     * @param parseErrors the rule ids or aliases whose findings mean "the other tool refuses this file": a
     *                    case with one fails, unless the case's code is one of them
     */
    ParityCorpus(String resources, String configFile, Path tmp, Set<String> parseErrors) {
        this(resources, configFile, tmp, parseErrors, false);
    }

    private ParityCorpus(String resources, String configFile, Path tmp, Set<String> parseErrors, boolean enableCode) {
        this.resources = resources;
        this.configFile = configFile;
        this.tmp = tmp;
        this.parseErrors = parseErrors;
        this.enableCode = enableCode;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = "#> note";

    record Case(String file, String code, int fixtureLine, boolean catches, TreeSet<Integer> lines, String config,
                String text, Map<String, String> files, List<String> messages) {
    }

    Stream<DynamicTest> tests() throws IOException, URISyntaxException {
        URL dir = ParityCorpus.class.getResource(resources);
        assertThat(dir).isNotNull();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".cases")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String code = fileName.substring(0, fileName.indexOf('.'));
            for (Case c : parse(fileName, code, Files.readString(file))) {
                String name = fileName + ":" + c.fixtureLine()
                        + (c.catches() ? " catch" : " no-catch");
                tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
            }
        }
        return tests.stream();
    }

    static List<Case> parse(String file, String code, String fixture) {
        List<Case> cases = new ArrayList<>();
        String[] lines = fixture.split("\n", -1);
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].strip().equals("---")) {
                List<String> block = List.of(lines).subList(start, i);
                if (block.stream().anyMatch(l -> !l.isBlank() && !l.startsWith(NOTE))) {
                    cases.add(parseCase(file, code, block, start + 1));
                }
                start = i + 1;
            }
        }
        return cases;
    }

    private static Case parseCase(String file, String code, List<String> block, int fixtureLine) {
        Boolean catches = null;
        TreeSet<Integer> expectedLines = new TreeSet<>();
        String config = null;
        StringBuilder text = new StringBuilder();
        Map<String, String> files = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        for (String l : block) {
            if (l.startsWith("#> catch")) {
                catches = true;
                String rest = l.substring("#> catch".length()).trim();
                if (!rest.isEmpty()) {
                    for (String n : rest.split(",")) {
                        expectedLines.add(Integer.parseInt(n.trim()));
                    }
                }
            } else if (l.startsWith("#> no-catch")) {
                catches = false;
            } else if (l.startsWith(NOTE)) {
                continue;
            } else if (l.startsWith("#> config ")) {
                config = l.substring("#> config ".length());
            } else if (l.startsWith("#> file ")) {
                String[] nameAndLine = l.substring("#> file ".length()).split(" ", 2);
                files.merge(nameAndLine[0], (nameAndLine.length > 1 ? nameAndLine[1] : "") + "\n", String::concat);
            } else if (l.startsWith("#> message ")) {
                messages.add(l.substring("#> message ".length()));
            } else {
                text.append(l).append('\n');
            }
        }
        if (catches == null) {
            throw new IllegalArgumentException(file + ":" + fixtureLine + ": a case starts with '#> catch' or '#> no-catch'");
        }
        if (!messages.isEmpty() && !catches) {
            throw new IllegalArgumentException(file + ":" + fixtureLine + ": '#> message' needs '#> catch'");
        }
        return new Case(file, code, fixtureLine, catches, expectedLines, config, text.toString(), files, messages);
    }

    private void check(Case c) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "case");
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, c.text());
        if (c.config() != null) {
            Files.writeString(dir.resolve(configFile), c.config() + "\n");
        }
        for (Map.Entry<String, String> extra : c.files().entrySet()) {
            Files.writeString(dir.resolve(extra.getKey()), extra.getValue());
        }
        List<String> args = new ArrayList<>(List.of("lint", "--format", "json", "--shellcheck", "never"));
        if (enableCode) {
            args.addAll(List.of("--enable", c.code()));
        }
        args.add(dockerfile.toString());
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isIn(0, 1);
        JsonNode report = JSON.readTree(run.out());
        TreeSet<Integer> firedOn = new TreeSet<>();
        List<String> refused = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            List<String> aliases = new ArrayList<>();
            f.path("aliases").forEach(a -> aliases.add(a.asText()));
            if (aliases.contains(c.code())) {
                firedOn.add(f.path("location").path("line").asInt());
                messages.add(f.path("message").asText());
            }
            aliases.add(f.path("id").asText());
            if (aliases.stream().anyMatch(parseErrors::contains) && !parseErrors.contains(c.code())) {
                refused.add(f.path("message").asText());
            }
        }
        String what = "%s at %s:%d on%n%s".formatted(c.code(), c.file(), c.fixtureLine(), c.text());
        assertThat(refused).as("parse errors: " + what).isEmpty();
        for (String expected : c.messages()) {
            assertThat(messages).as("a message with '%s': %s", expected, what).anyMatch(m -> m.contains(expected));
        }
        if (!c.catches()) {
            assertThat(firedOn).as("must not fire: " + what).isEmpty();
        } else if (c.lines().isEmpty()) {
            assertThat(firedOn).as("must fire: " + what).isNotEmpty();
        } else {
            assertThat(firedOn).as("must fire on lines " + c.lines() + ": " + what).isEqualTo(c.lines());
        }
    }

}
