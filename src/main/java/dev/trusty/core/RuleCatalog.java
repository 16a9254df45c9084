package dev.trusty.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules Trusty knows, looked up by id or by any alias. Each domain contributes an explicit
 * list (no classpath scanning, so start-up stays fast and the catalogue is easy to read).
 */
public final class RuleCatalog {
    private final List<RuleInfo> rules;
    private final Map<String, List<RuleInfo>> byName = new HashMap<>();

    public RuleCatalog(List<RuleInfo> rules) {
        List<RuleInfo> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RuleInfo::id));
        this.rules = List.copyOf(sorted);
        Map<String, RuleInfo> ids = new HashMap<>();
        for (RuleInfo rule : this.rules) {
            RuleInfo clash = ids.put(key(rule.id()), rule);
            if (clash != null) {
                throw new IllegalStateException("duplicate rule id " + rule.id());
            }
            byName.computeIfAbsent(key(rule.id()), k -> new ArrayList<>()).add(rule);
            for (Reference ref : rule.references()) {
                for (String name : List.of(ref.alias(), ref.id())) {
                    List<RuleInfo> named = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
                    if (!named.contains(rule)) {
                        named.add(rule);
                    }
                }
            }
        }
    }

    public List<RuleInfo> all() {
        return rules;
    }

    /** The rule whose own id is {@code id} (exact, ignoring case). */
    public Optional<RuleInfo> byId(String id) {
        return rules.stream().filter(r -> r.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /**
     * Every rule known under {@code name}: its id, or an alias that several rules may share
     * (a CIS section or a CWE covers more than one rule).
     */
    public List<RuleInfo> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    private static String key(String name) {
        return name.trim().toUpperCase(Locale.ROOT);
    }
}
