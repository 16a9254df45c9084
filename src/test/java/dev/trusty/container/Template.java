package dev.trusty.container;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text with {@code {{slot}}} markers, each with a default; a case overrides some slots (empty removes them). */
record Template(String text, Map<String, String> defaults) {
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    String render(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        overrides.forEach((k, v) -> {
            if (!values.containsKey(k)) {
                throw new IllegalArgumentException("no slot " + k + " in template");
            }
            values.put(k, v);
        });
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            if (!values.containsKey(slot)) {
                throw new IllegalArgumentException("slot {{" + slot + "}} has no default");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(slot)));
        }
        m.appendTail(out);
        // lines left empty by removed slots would shift positions only; drop them to keep YAML tidy
        return out.toString().replaceAll("(?m)^[ \\t]*\\R", "");
    }
}
