package dev.trusty.host.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trusty.core.InputException;
import dev.trusty.host.checks.Evidence;
import dev.trusty.host.checks.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench as JSON: every check id with its result, summary and evidence items, so two runs can
 * be diffed ({@link BaselineDiff}). Unlike Docker Bench's log, the output is escaped properly and
 * lists skipped checks with their reason instead of leaving them out.
 */
public final class BenchJson {
    public static final String FORMAT = "trusty-bench/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchJson() {
    }

    public static String write(BenchResult result, String toolVersion) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("tool", "trusty");
        root.put("version", toolVersion);
        root.put("benchmark", "CIS Docker Benchmark 1.6.0 ids, as Docker Bench for Security uses them");
        root.put("elapsedMillis", result.elapsed().toMillis());
        ObjectNode counts = root.putObject("counts");
        result.counts().forEach((r, n) -> counts.put(r.label(), n));
        ArrayNode notes = root.putArray("notes");
        result.notes().forEach(notes::add);
        ArrayNode checks = root.putArray("checks");
        for (BenchEntry e : result.entries()) {
            ObjectNode c = checks.addObject();
            c.put("id", e.benchId());
            c.put("rule", e.rule().id());
            Cis180.of(e.benchId()).ifPresent(id -> c.put("cis180", id));
            c.put("section", e.section().group());
            c.put("title", e.rule().title());
            c.put("level", e.level());
            c.put("severity", e.rule().severity().label());
            c.put("result", e.result().result().label());
            c.put("summary", e.result().summary());
            ArrayNode items = c.putArray("items");
            for (Evidence item : e.result().items()) {
                ObjectNode i = items.addObject();
                i.put("subject", item.subject());
                if (item.detail() != null) {
                    i.put("detail", item.detail());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the bench as JSON", e);
        }
    }

    /**
     * The same results in Docker Bench for Security's JSON shape ({@code tests[].results[]} with
     * {@code id}, {@code desc}, upper-case {@code result}, {@code details}, {@code items}), so the two
     * tools' outputs can be compared by script. Skipped checks become INFO with "skipped: why" (Docker
     * Bench has no such result); {@code score} is passes minus warnings.
     */
    public static String writeDockerBench(BenchResult result, long startEpochSeconds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dockerbenchsecurity", "1.6.0 (trusty)");
        root.put("start", startEpochSeconds);
        ArrayNode tests = root.putArray("tests");
        Section current = null;
        ArrayNode results = null;
        int score = 0;
        for (BenchEntry e : result.entries()) {
            if (e.section() != current) {
                current = e.section();
                ObjectNode test = tests.addObject();
                test.put("id", current.number());
                test.put("desc", current.title());
                results = test.putArray("results");
            }
            Result r = e.result().result();
            score += r == Result.PASS ? 1 : r == Result.WARN ? -1 : 0;
            ObjectNode c = results.addObject();
            c.put("id", e.benchId());
            c.put("desc", e.rule().title());
            c.put("result", r == Result.SKIPPED ? "INFO" : r.name());
            c.put("details", r == Result.SKIPPED ? "skipped: " + e.result().summary() : e.result().summary());
            if (!e.result().items().isEmpty()) {
                ArrayNode items = c.putArray("items");
                e.result().items().forEach(i -> items.add(i.subject()));
            }
        }
        root.put("checks", result.entries().size());
        root.put("score", score);
        root.put("end", startEpochSeconds + Math.max(0, result.elapsed().toSeconds()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the bench as JSON", e);
        }
    }

    /** One check as an earlier run recorded it. */
    public record Recorded(String id, String title, Result result, List<String> subjects) {
    }

    /** Reads a previous run's JSON (ours); a clear one-line error when it is not one. */
    public static Map<String, Recorded> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw InputException.at(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the baseline: " + e.getMessage(), e);
        }
        if (root == null || !root.path("checks").isArray()) {
            throw new InputException(file + ": not a trusty bench JSON report (no \"checks\" list); write one with trusty bench -f json");
        }
        Map<String, Recorded> byId = new LinkedHashMap<>();
        for (JsonNode c : root.path("checks")) {
            String id = c.path("id").asText("");
            Result result;
            try {
                result = Result.parse(c.path("result").asText(""));
            } catch (IllegalArgumentException e) {
                throw new InputException(file + ": check " + id + " has an unknown result '" + c.path("result").asText("")
                        + "' (expected pass, warn, info, note or skipped)");
            }
            List<String> subjects = new ArrayList<>();
            c.path("items").forEach(i -> subjects.add(i.path("subject").asText()));
            byId.put(id.toUpperCase(Locale.ROOT), new Recorded(id, c.path("title").asText(""), result, subjects));
        }
        return byId;
    }
}
