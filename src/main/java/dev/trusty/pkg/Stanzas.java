package dev.trusty.pkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 822-like stanzas as dpkg writes them: {@code Field: value}, continuation lines starting
 * with a space or tab, blank lines between stanzas. A line that fits neither marks its stanza as
 * damaged (reported with its line number) instead of stopping the read.
 */
final class Stanzas {

    record Stanza(int line, Map<String, String> fields, String damage) {
        String get(String field) {
            return fields.getOrDefault(field, "");
        }
    }

    private Stanzas() {
    }

    static List<Stanza> read(InputStream content) throws IOException {
        List<Stanza> stanzas = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        Map<String, String> fields = new LinkedHashMap<>();
        String current = null;
        String damage = null;
        int start = 0;
        int number = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                if (!fields.isEmpty() || damage != null) {
                    stanzas.add(new Stanza(start, fields, damage));
                }
                fields = new LinkedHashMap<>();
                current = null;
                damage = null;
                continue;
            }
            if (fields.isEmpty() && damage == null) {
                start = number;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (current == null) {
                    damage = damage != null ? damage : "line " + number + ": continuation line without a field";
                } else {
                    fields.merge(current, "\n" + line.strip(), String::concat);
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                damage = damage != null ? damage : "line " + number + ": expected 'Field: value'";
                current = null;
                continue;
            }
            current = line.substring(0, colon);
            fields.put(current, line.substring(colon + 1).strip());
        }
        if (!fields.isEmpty() || damage != null) {
            stanzas.add(new Stanza(start, fields, damage));
        }
        return stanzas;
    }
}
