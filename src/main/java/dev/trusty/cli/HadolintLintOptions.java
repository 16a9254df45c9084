package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trusty.core.InputException;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.core.TrustyConfig;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.HadolintConfig;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * hadolint's command-line flags on {@code trusty lint}, so a hadolint CI line keeps working. They are
 * folded into the configuration read from .trusty.yaml/.hadolint.yaml ({@link #applyTo}), the command line
 * winning as in hadolint: lists (trusted registries, required labels) add to the file's, severity
 * overrides replace the file's for the same rule, switches turn settings on.
 */
final class HadolintLintOptions {
    private static final Set<String> LABEL_TYPES = Set.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");

    @Option(names = "--trusted-registry", paramLabel = "REGISTRY",
            description = "Base images must come from this registry (hadolint's DL3026); repeatable.")
    List<String> trustedRegistries = new ArrayList<>();

    @Option(names = "--require-label", paramLabel = "LABEL:TYPE",
            description = "The final image must have this label, of type text, url, semver, hash, rfc3339, spdx "
                    + "or email (hadolint's label-schema); repeatable.")
    List<String> requiredLabels = new ArrayList<>();

    @Option(names = "--strict-labels", description = "Report labels not named by --require-label or the label-schema.")
    boolean strictLabels;

    @Option(names = "--error", paramLabel = "ID", split = ",",
            description = "Report this rule (id or alias, e.g. DL3008, SC2086) at hadolint's error level (high); repeatable.")
    List<String> asError = new ArrayList<>();

    @Option(names = "--warning", paramLabel = "ID", split = ",",
            description = "Report this rule at hadolint's warning level (medium); repeatable.")
    List<String> asWarning = new ArrayList<>();

    @Option(names = "--info", paramLabel = "ID", split = ",",
            description = "Report this rule at hadolint's info level (low); repeatable.")
    List<String> asInfo = new ArrayList<>();

    @Option(names = "--style", paramLabel = "ID", split = ",",
            description = "Report this rule at hadolint's style level (info); repeatable. Giving an opt-in rule "
                    + "(DL3057, DL1001...) a level turns it on.")
    List<String> asStyle = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "ID", split = ",",
            description = "Turn on an opt-in rule at its own severity (see 'trusty rules'); repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = {"-t", "--failure-threshold"}, paramLabel = "LEVEL",
            description = "hadolint's exit threshold: error, warning, info, style, or none (never fail). "
                    + "The same as --fail-on high, medium, low, info; give one of the two.")
    String failureThreshold;

    @Option(names = "--no-fail", description = "Exit 0 even when findings reach the threshold (input errors still exit 2).")
    boolean noFail;

    @Option(names = "--disable-ignore-pragma",
            description = "Ignore '# hadolint ignore=' and '# trusty ignore=' comments in Dockerfiles.")
    boolean disableIgnorePragma;

    /** The threshold for exit code 1: {@code --fail-on}, else {@code -t}, else null (the config's). */
    Severity failOn(Severity failOnOption) {
        if (failureThreshold == null) {
            return failOnOption;
        }
        if (failOnOption != null) {
            throw new InputException("--failure-threshold and --fail-on both set the exit threshold: give one");
        }
        return HadolintConfig.neverFails(failureThreshold) ? null : level("--failure-threshold", failureThreshold);
    }

    /** True when findings must not fail the run: {@code --no-fail}, {@code -t none}, or the config's no-fail. */
    boolean neverFail(TrustyConfig config) {
        JsonNode section = config.section("dockerfile");
        return noFail || failureThreshold != null && HadolintConfig.neverFails(failureThreshold)
                || section != null && section.path("no-fail").asBoolean(false);
    }

    /** {@code config} with these flags applied; the file's settings stay where no flag says otherwise. */
    TrustyConfig applyTo(TrustyConfig config) {
        boolean namesRules = !asError.isEmpty() || !asWarning.isEmpty() || !asInfo.isEmpty() || !asStyle.isEmpty()
                || !enable.isEmpty();
        // the catalogue (every rule's documented metadata) only to check ids a flag names: most runs give none
        List<RuleInfo> catalogue = namesRules ? DockerfileLinter.catalogue() : List.of();
        Map<String, Severity> severity = new LinkedHashMap<>(config.severity());
        override(severity, catalogue, "--error", asError);
        override(severity, catalogue, "--warning", asWarning);
        override(severity, catalogue, "--info", asInfo);
        override(severity, catalogue, "--style", asStyle);
        for (String id : enable) {
            rules(catalogue, "--enable", id); // an unknown id is an input error; the ids go to dockerfile.enable
        }
        Set<String> registries = new LinkedHashSet<>(config.trustedRegistries());
        for (String registry : trustedRegistries) {
            if (registry.isBlank() || registry.strip().contains("/") || registry.strip().matches(".*\\s.*")) {
                throw new InputException("--trusted-registry: '" + registry + "' is not a registry host[:port] "
                        + "(e.g. docker.io or registry.example.com:5000)");
            }
            registries.add(registry.trim());
        }
        return new TrustyConfig(config.source(), config.ignore(), severity, config.failOn(), config.ignorePaths(),
                List.copyOf(registries), sections(config));
    }

    private Map<String, JsonNode> sections(TrustyConfig config) {
        if (requiredLabels.isEmpty() && !strictLabels && !disableIgnorePragma && enable.isEmpty()) {
            return config.sections();
        }
        JsonNode current = config.section("dockerfile");
        ObjectNode dockerfile = current instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        if (!requiredLabels.isEmpty()) {
            JsonNode schema = dockerfile.path("label-schema");
            ObjectNode labels = schema instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
            for (String spec : requiredLabels) {
                int colon = spec.lastIndexOf(':');
                String name = colon < 0 ? "" : spec.substring(0, colon).trim();
                String type = colon < 0 ? "" : spec.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || !LABEL_TYPES.contains(type)) {
                    throw new InputException("--require-label: '" + spec + "' is not LABEL:TYPE with TYPE one of "
                            + String.join(", ", LABEL_TYPES.stream().sorted().toList()));
                }
                labels.put(name, type);
            }
            dockerfile.set("label-schema", labels);
        }
        if (strictLabels) {
            dockerfile.put("strict-labels", true);
        }
        if (disableIgnorePragma) {
            dockerfile.put("disable-ignore-pragma", true);
        }
        if (!enable.isEmpty()) { // turns on opt-in rules and other tools' readings known by these ids
            com.fasterxml.jackson.databind.node.ArrayNode ids = dockerfile.path("enable") instanceof
                    com.fasterxml.jackson.databind.node.ArrayNode a ? a : dockerfile.putArray("enable");
            enable.forEach(id -> ids.add(id.trim()));
        }
        Map<String, JsonNode> sections = new LinkedHashMap<>(config.sections());
        sections.put("dockerfile", dockerfile);
        return sections;
    }

    /** Puts {@code ids} at {@code level} (hadolint's names), replacing the file's override of the same rule. */
    private static void override(Map<String, Severity> severity, List<RuleInfo> catalogue, String flag, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Severity level = HadolintConfig.level(flag.substring(2));
        for (String id : ids) {
            String code = id.trim();
            if (isShellCheckCode(code)) {
                severity.put(code.toUpperCase(Locale.ROOT), level);
                continue;
            }
            List<RuleInfo> rules = rules(catalogue, flag, code);
            severity.keySet().removeIf(key -> rules.stream().anyMatch(r -> r.isKnownAs(key)));
            severity.put(code, level);
        }
    }

    private static boolean isShellCheckCode(String code) {
        return code.toUpperCase(Locale.ROOT).matches("SC[0-9]{4}");
    }

    /** The Dockerfile rules known as {@code id} (an alias may name several); unknown is an input error. */
    private static List<RuleInfo> rules(List<RuleInfo> catalogue, String flag, String id) {
        List<RuleInfo> rules = catalogue.stream().filter(r -> r.isKnownAs(id)).toList();
        if (rules.isEmpty() || id.isBlank()) {
            throw new InputException(flag + ": unknown rule '" + id + "' (see 'trusty rules' for ids and aliases)");
        }
        return rules;
    }

    private static Severity level(String flag, String name) {
        try {
            return HadolintConfig.level(name);
        } catch (IllegalArgumentException e) {
            throw new InputException(flag + ": unknown level '" + name + "' (expected error, warning, info, style or none)");
        }
    }
}
