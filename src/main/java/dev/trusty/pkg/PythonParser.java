package dev.trusty.pkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Installed Python distributions: {@code *.dist-info/METADATA}, {@code *.egg-info/PKG-INFO} and
 * single-file {@code *.egg-info}. Only the header (up to the first blank line) is read.
 */
public final class PythonParser implements InventoryParser {

    @Override
    public boolean wants(String path) {
        return path.endsWith(".dist-info/METADATA") || path.endsWith(".egg-info/PKG-INFO") || path.endsWith(".egg-info");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        String name = "";
        String version = "";
        String licence = "";
        String line;
        while ((line = reader.readLine()) != null && !line.isEmpty()) {
            if (line.startsWith("Name:")) {
                name = line.substring(5).strip();
            } else if (line.startsWith("Version:")) {
                version = line.substring(8).strip();
            } else if (line.startsWith("License-Expression:")) {
                licence = line.substring(19).strip();
            } else if (line.startsWith("License:") && licence.isEmpty()) {
                String l = line.substring(8).strip();
                licence = l.equals("UNKNOWN") ? "" : l;
            }
        }
        if (name.isEmpty() || version.isEmpty()) {
            warnings.add(path + ": skipped Python metadata without Name or Version");
            return List.of();
        }
        return List.of(Package.library(Ecosystem.PYPI, null, name, version, licence, new Package.FoundIn(path, layer)));
    }
}
