package dev.trusty.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** PHP packages from {@code vendor/composer/installed.json} (Composer 1: an array; 2: {@code {"packages": [...]}}). */
public final class ComposerParser implements InventoryParser {

    @Override
    public boolean wants(String path) {
        return path.endsWith("/composer/installed.json");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        JsonNode root = JsonDocuments.read(path, content, warnings);
        if (root.isMissingNode()) {
            return List.of();
        }
        JsonNode list = root != null && root.isArray() ? root : root == null ? null : root.path("packages");
        List<Package> packages = new ArrayList<>();
        if (list == null) {
            return packages;
        }
        for (JsonNode p : list) {
            String full = p.path("name").asText("");
            String version = p.path("version").asText("");
            if (!full.contains("/") || version.isEmpty()) {
                continue;
            }
            List<String> licences = new ArrayList<>();
            p.path("license").forEach(l -> licences.add(l.asText()));
            packages.add(Package.library(Ecosystem.PACKAGIST, full.substring(0, full.indexOf('/')),
                    full.substring(full.indexOf('/') + 1), version.startsWith("v") ? version.substring(1) : version,
                    String.join(" OR ", licences), new Package.FoundIn(path, layer)));
        }
        return packages;
    }
}
