package dev.trusty.container.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compose's merge rules, used for {@code extends} and for override files ({@code docker compose -f
 * a.yaml -f b.yaml}, or {@code compose.override.yaml} beside {@code compose.yaml}): mappings merge key
 * by key; command lines are replaced; lists that hold one item per key (environment, labels, volumes
 * by target, secrets by source...) are merged by that key, the later file winning; other lists are
 * joined without repeats; anything else is replaced. Every value keeps the position of the file that
 * set it, so a finding points at the file that really decides the setting.
 */
final class ComposeMerge {
    /** Replaced whole, never joined: a command line, and a health check's test. */
    private static final Set<String> REPLACED = Set.of("command", "entrypoint", "test");
    /** Lists of KEY=VALUE (or KEY:VALUE for hosts) that compose merges by key. */
    private static final Set<String> KEYED_BY_NAME = Set.of("environment", "labels", "annotations", "sysctls",
            "extra_hosts");
    /** Lists whose items compose merges by the path or name they target. */
    private static final Set<String> KEYED_BY_TARGET = Set.of("volumes", "secrets", "configs", "devices");

    private ComposeMerge() {
    }

    static Yml.Mapping merge(Yml.Mapping base, Yml.Mapping over) {
        Map<String, Yml.Entry> result = new LinkedHashMap<>(base.entries());
        for (Yml.Entry e : over.entries().values()) {
            Yml.Entry old = result.get(e.key());
            Yml value = old == null ? e.value() : mergeValue(e.key(), old.value(), e.value());
            result.put(e.key(), new Yml.Entry(e.key(), e.keyAt(), value));
        }
        return new Yml.Mapping(result, over.at());
    }

    private static Yml mergeValue(String key, Yml base, Yml over) {
        if (REPLACED.contains(key)) {
            return over;
        }
        if (base instanceof Yml.Mapping a && over instanceof Yml.Mapping b) {
            return merge(a, b);
        }
        if (KEYED_BY_NAME.contains(key) && (base instanceof Yml.Sequence || over instanceof Yml.Sequence)) {
            return mergeByKey(asList(base), asList(over), ComposeMerge::nameKey, over);
        }
        if (base instanceof Yml.Sequence a && over instanceof Yml.Sequence b) {
            return KEYED_BY_TARGET.contains(key) ? mergeByKey(a.items(), b.items(), i -> targetKey(key, i), over)
                    : mergeByKey(a.items(), b.items(), ComposeMerge::textKey, over);
        }
        return over;
    }

    private static Yml.Sequence mergeByKey(List<Yml> base, List<Yml> over, java.util.function.Function<Yml, String> key,
                                           Yml at) {
        Map<String, Yml> byKey = new LinkedHashMap<>();
        List<Yml> unkeyed = new ArrayList<>();
        for (List<Yml> items : List.of(base, over)) {
            for (Yml item : items) {
                String k = key.apply(item);
                if (k == null) {
                    unkeyed.add(item);
                } else {
                    byKey.put(k, item);   // the later file's item, in the earlier one's place
                }
            }
        }
        List<Yml> merged = new ArrayList<>(byKey.values());
        merged.addAll(unkeyed);
        return new Yml.Sequence(List.copyOf(merged), at.at());
    }

    /** A mapping form ({@code KEY: value}) as the equivalent list ({@code KEY=value}), keeping positions. */
    private static List<Yml> asList(Yml value) {
        if (value instanceof Yml.Sequence s) {
            return s.items();
        }
        List<Yml> items = new ArrayList<>();
        if (value instanceof Yml.Mapping m) {
            for (Yml.Entry e : m.entries().values()) {
                String text = e.value() instanceof Yml.Scalar s && !s.isNull() ? e.key() + "=" + s.text() : e.key();
                items.add(new Yml.Scalar(text, false, e.keyAt()));
            }
        }
        return items;
    }

    private static String nameKey(Yml item) {
        if (!(item instanceof Yml.Scalar s)) {
            return null;
        }
        String text = s.text();
        int cut = text.indexOf('=');
        if (cut < 0) {
            cut = text.indexOf(':');   // extra_hosts: "host:ip"
        }
        return cut < 0 ? text : text.substring(0, cut);
    }

    /** Volumes and devices by their path in the container; secrets and configs by their source. */
    private static String targetKey(String list, Yml item) {
        if (item instanceof Yml.Mapping m) {
            return list.equals("secrets") || list.equals("configs") ? m.text("source") : m.text("target");
        }
        if (!(item instanceof Yml.Scalar s)) {
            return null;
        }
        if (list.equals("secrets") || list.equals("configs")) {
            return s.text();
        }
        String[] parts = s.text().split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    private static String textKey(Yml item) {
        return item instanceof Yml.Scalar s ? s.text() : null;
    }
}
