package dev.trusty.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** NuGet packages from .NET {@code *.deps.json}: the {@code libraries} of type {@code package}. */
public final class DotnetDepsParser implements InventoryParser {

    @Override
    public boolean wants(String path) {
        return path.endsWith(".deps.json");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        JsonNode root = JsonDocuments.read(path, content, warnings);
        if (root.isMissingNode()) {
            return List.of();
        }
        List<Package> packages = new ArrayList<>();
        if (root == null) {
            return packages;
        }
        root.path("libraries").properties().forEach(e -> {
            int slash = e.getKey().indexOf('/');
            if (slash > 0 && "package".equals(e.getValue().path("type").asText())) {
                packages.add(Package.library(Ecosystem.NUGET, null, e.getKey().substring(0, slash),
                        e.getKey().substring(slash + 1), null, new Package.FoundIn(path, layer)));
            }
        });
        return packages;
    }
}
