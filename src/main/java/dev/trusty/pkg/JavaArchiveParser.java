package dev.trusty.pkg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Java archives (jar, war, ear, and jars nested in them, to a few levels): every
 * {@code META-INF/maven/.../pom.properties} is a package (shaded jars hold several); an archive
 * without one is named from its {@code MANIFEST.MF}, else from its file name
 * ({@code name-1.2.3.jar}). Nested archives are located as {@code outer.war!/WEB-INF/lib/x.jar}.
 */
public final class JavaArchiveParser implements InventoryParser {

    private static final int MAX_DEPTH = 4;
    private static final long MAX_NESTED_BYTES = 256L * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("(.+?)-(\\d[\\w.+-]*)\\.[jwe]ar");

    @Override
    public boolean wants(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".jar") || p.endsWith(".war") || p.endsWith(".ear");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        List<Package> packages = new ArrayList<>();
        read(path, layer, content, warnings, packages, 0);
        return packages;
    }

    private void read(String path, String layer, InputStream content, Warnings warnings, List<Package> out, int depth)
            throws IOException {
        List<Package> own = new ArrayList<>();
        Manifest manifest = null;
        ZipInputStream zip = new ZipInputStream(content);
        ZipEntry entry;
        try {
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    Properties props = new Properties();
                    props.load(new ByteArrayInputStream(zip.readNBytes(64 * 1024)));
                    String group = props.getProperty("groupId", "").strip();
                    String artifact = props.getProperty("artifactId", "").strip();
                    String version = props.getProperty("version", "").strip();
                    if (!artifact.isEmpty() && !version.isEmpty()) {
                        own.add(Package.library(Ecosystem.MAVEN, group, artifact, version, null, new Package.FoundIn(path, layer)));
                    }
                } else if (name.equals("META-INF/MANIFEST.MF")) {
                    manifest = new Manifest(new ByteArrayInputStream(zip.readNBytes(1024 * 1024)));
                } else if (depth < MAX_DEPTH && wants(name) && !entry.isDirectory()) {
                    byte[] nested = zip.readNBytes((int) Math.min(MAX_NESTED_BYTES, Integer.MAX_VALUE - 8));
                    read(path + "!/" + name, layer, new ByteArrayInputStream(nested), warnings, out, depth + 1);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            warnings.add(path + ": unreadable Java archive (" + e.getMessage() + ")");
        }
        if (own.isEmpty()) {
            fromManifestOrName(path, layer, manifest).ifPresent(own::add);
        }
        out.addAll(own);
    }

    private static java.util.Optional<Package> fromManifestOrName(String path, String layer, Manifest manifest) {
        Package.FoundIn where = new Package.FoundIn(path, layer);
        if (manifest != null) {
            var attrs = manifest.getMainAttributes();
            String title = first(attrs.getValue("Implementation-Title"), attrs.getValue("Bundle-SymbolicName"));
            String version = first(attrs.getValue("Implementation-Version"), attrs.getValue("Bundle-Version"));
            String vendor = first(attrs.getValue("Implementation-Vendor-Id"), null);
            if (title != null && version != null) {
                title = title.split(";")[0].strip();
                return java.util.Optional.of(Package.library(Ecosystem.MAVEN, vendor, title, version,
                        attrs.getValue("Bundle-License"), where));
            }
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        Matcher m = FILE_NAME.matcher(file);
        if (m.matches()) {
            return java.util.Optional.of(Package.library(Ecosystem.MAVEN, null, m.group(1), m.group(2), null, where));
        }
        return java.util.Optional.empty();
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }
}
