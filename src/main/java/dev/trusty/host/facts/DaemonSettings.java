package dev.trusty.host.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daemon's settings from both places dockerd reads them: its command line and daemon.json.
 * Keys are daemon.json keys. A key set in both places is a conflict (dockerd refuses to start);
 * the command line is then reported, as that is what a running daemon was started with.
 */
public final class DaemonSettings {
    private final Map<String, Setting> byKey = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    public DaemonSettings(String flagSource, List<DaemonFlags.Flag> flags, DaemonConfig config) {
        Map<String, List<DaemonFlags.Flag>> grouped = new LinkedHashMap<>();
        for (DaemonFlags.Flag flag : flags) {
            grouped.computeIfAbsent(flag.key(), k -> new ArrayList<>()).add(flag);
        }
        config.values().forEach((key, node) -> byKey.put(key, new Setting(key, texts(node), config.source(key))));
        grouped.forEach((key, given) -> {
            List<String> values = given.stream().map(DaemonFlags.Flag::value).toList();
            String as = String.join(" ", given.stream().map(DaemonFlags.Flag::given).toList());
            Setting fromFile = byKey.get(key);
            if (fromFile != null && !key.equals("config-file")) {
                conflicts.add(key + ": set both on the " + flagSource + " (" + as + ") and in " + fromFile.source());
            }
            byKey.put(key, new Setting(key, values, flagSource + ": " + as));
        });
    }

    public Optional<Setting> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean isTrue(String key) {
        return get(key).map(Setting::isTrue).orElse(false);
    }

    public boolean isFalse(String key) {
        return get(key).map(Setting::isFalse).orElse(false);
    }

    public Map<String, Setting> all() {
        return java.util.Collections.unmodifiableMap(byKey);
    }

    /** Keys set both as a flag and in daemon.json, each as one explanatory line. */
    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** JSON values as flag-like text: arrays element-wise, objects as {@code name=value}. */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(text(n)));
        } else if (node.isObject()) {
            node.properties().forEach(e -> out.add(e.getKey() + "=" + text(e.getValue())));
        } else {
            out.add(text(node));
        }
        return out;
    }

    private static String text(JsonNode n) {
        if (n.isObject() && n.has("Soft") && n.has("Hard")) {
            return n.get("Soft").asText() + ":" + n.get("Hard").asText();
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
