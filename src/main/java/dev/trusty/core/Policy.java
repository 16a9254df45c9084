package dev.trusty.core;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suppressions and severity overrides in one place: ignored ids (from {@code --ignore} and the
 * config, matched against a rule's id and every alias), path globs, and severity overrides.
 * Inline pragmas are domain-specific and come in as a {@link Suppressor} per target.
 */
public final class Policy {
    /** Fail on anything but informational notes unless told otherwise. */
    public static final Severity DEFAULT_FAIL_ON = Severity.LOW;

    private final Set<String> ignored = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final List<PathMatcher> ignoredPaths = new ArrayList<>();
    private final Severity failOn;
    private final TrustyConfig config;

    public Policy(TrustyConfig config, List<String> extraIgnores, Severity failOnOption) {
        this.config = config;
        ignored.addAll(config.ignore());
        ignored.addAll(extraIgnores);
        config.severity().forEach((id, severity) -> overrides.put(id.toUpperCase(Locale.ROOT), severity));
        for (String glob : config.ignorePaths()) {
            ignoredPaths.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        this.failOn = failOnOption != null ? failOnOption
                : config.failOn() != null ? config.failOn() : DEFAULT_FAIL_ON;
    }

    public static Policy defaults() {
        return new Policy(TrustyConfig.DEFAULTS, List.of(), null);
    }

    public TrustyConfig config() {
        return config;
    }

    public Severity failOn() {
        return failOn;
    }

    /** True when the user asked never to see this rule, by its id or any alias. */
    public boolean ignores(RuleInfo rule) {
        if (ignored.isEmpty()) {
            return false;
        }
        if (ignored.contains(rule.id())) {
            return true;
        }
        for (Reference ref : rule.references()) {
            if (ignored.contains(ref.alias()) || ignored.contains(ref.id())) {
                return true;
            }
        }
        return false;
    }

    /** The user's severity for this rule, if they set one under its id or an alias. */
    public Severity severityOf(RuleInfo rule) {
        if (overrides.isEmpty()) {
            return rule.severity();
        }
        Severity own = overrides.get(rule.id().toUpperCase(Locale.ROOT));
        if (own != null) {
            return own;
        }
        for (Reference ref : rule.references()) {
            Severity s = overrides.get(ref.alias().toUpperCase(Locale.ROOT));
            if (s == null) {
                s = overrides.get(ref.id().toUpperCase(Locale.ROOT));
            }
            if (s != null) {
                return s;
            }
        }
        return rule.severity();
    }

    public boolean ignoresPath(String target) {
        if (ignoredPaths.isEmpty()) {
            return false;
        }
        Path path = Path.of(target).normalize();
        for (PathMatcher matcher : ignoredPaths) {
            if (matcher.matches(path) || (path.getFileName() != null && matcher.matches(path.getFileName()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finding as the user wants it: null when suppressed, else with the user's severity.
     */
    public Finding apply(Finding finding, Suppressor inline) {
        if (ignores(finding.rule()) || ignoresPath(finding.location().target())
                || (inline != null && inline.suppresses(finding))) {
            return null;
        }
        Severity severity = severityOf(finding.rule());
        return severity == finding.severity() ? finding : finding.withSeverity(severity);
    }
}
