package dev.trusty.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * npm packages: each {@code node_modules/**}{@code /package.json} (what is installed), and
 * {@code package-lock.json} (lockfile v2/v3 {@code packages} map; v1 {@code dependencies}).
 */
public final class NpmParser implements InventoryParser {

    @Override
    public boolean wants(String path) {
        return (path.endsWith("/package.json") && path.contains("/node_modules/"))
                || (path.endsWith("/package-lock.json") && !path.contains("/node_modules/"));
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        JsonNode root = JsonDocuments.read(path, content, warnings);
        if (root.isMissingNode()) {
            return List.of();
        }
        if (root == null || !root.isObject()) {
            return List.of();
        }
        Package.FoundIn where = new Package.FoundIn(path, layer);
        List<Package> packages = new ArrayList<>();
        if (path.endsWith("/package.json")) {
            add(root.path("name").asText(""), root.path("version").asText(""), licence(root), where, packages);
            return packages;
        }
        root.path("packages").properties().forEach(e -> {
            String key = e.getKey();
            int at = key.lastIndexOf("node_modules/");
            if (at < 0) {
                return; // "" is the project itself
            }
            String name = e.getValue().path("name").asText(key.substring(at + "node_modules/".length()));
            add(name, e.getValue().path("version").asText(""), licence(e.getValue()), where, packages);
        });
        if (packages.isEmpty()) {
            root.path("dependencies").properties().forEach(e ->
                    add(e.getKey(), e.getValue().path("version").asText(""), "", where, packages));
        }
        return packages;
    }

    private static void add(String fullName, String version, String licence, Package.FoundIn where, List<Package> out) {
        if (fullName.isEmpty() || version.isEmpty()) {
            return;
        }
        String scope = null;
        String name = fullName;
        if (fullName.startsWith("@") && fullName.contains("/")) {
            scope = fullName.substring(0, fullName.indexOf('/'));
            name = fullName.substring(fullName.indexOf('/') + 1);
        }
        out.add(Package.library(Ecosystem.NPM, scope, name, version, licence, where));
    }

    private static String licence(JsonNode pkg) {
        JsonNode l = pkg.path("license");
        if (l.isTextual()) {
            return l.asText();
        }
        return l.path("type").asText("");
    }
}
