package dev.trusty.image.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an image config (the JSON the engine runs containers from) that checks need.
 * Absent fields are empty, never null, except {@code healthcheck} which is null when there is none.
 */
public record ImageConfig(String os, String architecture, String user, List<String> env,
                          Map<String, String> labels, List<String> exposedPorts, List<String> volumes,
                          List<String> healthcheck, List<String> entrypoint, List<String> cmd,
                          List<String> diffIds, List<HistoryEntry> history) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One history entry. {@code layer} is the index of the layer it created, or -1 for entries
     * that changed only the config ({@code empty_layer}).
     */
    public record HistoryEntry(int index, String createdBy, String comment, int layer) {
    }

    public static ImageConfig parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InputException(source + ": the image config is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(source + ": the image config is not a JSON object");
        }
        JsonNode c = root.path("config");
        List<HistoryEntry> history = new ArrayList<>();
        int layer = 0;
        int i = 0;
        for (JsonNode h : root.path("history")) {
            boolean empty = h.path("empty_layer").asBoolean(false);
            history.add(new HistoryEntry(i++, h.path("created_by").asText(""), h.path("comment").asText(""),
                    empty ? -1 : layer));
            if (!empty) {
                layer++;
            }
        }
        JsonNode hc = c.path("Healthcheck");
        return new ImageConfig(root.path("os").asText(""), root.path("architecture").asText(""),
                c.path("User").asText(""), strings(c.path("Env")), labels(c.path("Labels")),
                keys(c.path("ExposedPorts")), keys(c.path("Volumes")),
                hc.isObject() ? strings(hc.path("Test")) : null,
                strings(c.path("Entrypoint")), strings(c.path("Cmd")),
                strings(root.path("rootfs").path("diff_ids")), List.copyOf(history));
    }

    /** The value of an ENV variable, or null. */
    public String envValue(String name) {
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq > 0 && e.substring(0, eq).equals(name)) {
                return e.substring(eq + 1);
            }
        }
        return null;
    }

    /** The history entry that created layer {@code layerIndex}, if the history says. */
    public HistoryEntry historyOfLayer(int layerIndex) {
        for (HistoryEntry h : history) {
            if (h.layer() == layerIndex) {
                return h;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(n -> out.add(n.asText()));
        } else if (array.isTextual()) {
            out.add(array.asText());
        }
        return List.copyOf(out);
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        if (object.isObject()) {
            object.fieldNames().forEachRemaining(out::add);
        }
        return List.copyOf(out);
    }

    private static Map<String, String> labels(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        if (object.isObject()) {
            object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
