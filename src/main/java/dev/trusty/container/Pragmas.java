package dev.trusty.container;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Suppressor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions in compose files, manifests and scripts: {@code # trusty ignore=TC016,CIS-5.11}
 * at the end of a line silences those rules for findings on that line; on a line of its own it
 * silences them on the next line too (put it above a service to cover the service's missing settings).
 */
public final class Pragmas {
    private static final Pattern PRAGMA = Pattern.compile("#\\s*trusty\\s+ignore=([\\w.,\\s-]+)");

    private Pragmas() {
    }

    /** Rule ids and aliases silenced per 1-based line. */
    static Map<Integer, List<String>> parse(String text) {
        Map<Integer, List<String>> byLine = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PRAGMA.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (String id : m.group(1).split("[,\\s]+")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
            byLine.computeIfAbsent(i + 1, k -> new ArrayList<>()).addAll(ids);
            if (lines[i].strip().startsWith("#")) {
                byLine.computeIfAbsent(i + 2, k -> new ArrayList<>()).addAll(ids);
            }
        }
        return byLine;
    }

    /** The suppressor for findings located in {@code path}, whose text is {@code text}. */
    public static Suppressor of(String path, String text) {
        Map<Integer, List<String>> byLine = parse(text);
        if (byLine.isEmpty()) {
            return Suppressor.NONE;
        }
        return finding -> {
            Location.File at = fileOf(finding);
            if (at == null || !at.path().equals(path)) {
                return false;
            }
            List<String> ids = byLine.get(at.line());
            return ids != null && ids.stream().anyMatch(finding.rule()::isKnownAs);
        };
    }

    private static Location.File fileOf(Finding finding) {
        if (finding.location() instanceof Location.ContainerField field) {
            return field.source();
        }
        return finding.location() instanceof Location.File file ? file : null;
    }
}
