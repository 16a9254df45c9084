package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Collects packages from files fed one at a time, in any order — by {@link DirectoryInventory}
 * for a directory, or by an image layer walk. Ask {@link #wants} first so only interesting files
 * are read; then {@link #accept} each, and {@link #build} at the end. Not thread-safe.
 */
public final class InventoryBuilder {

    private final List<InventoryParser> parsers;
    private final List<Package> packages = new ArrayList<>();
    private final Warnings warnings = new Warnings();
    /** Distro candidates by authority (index in {@link OsRelease#FILES}). */
    private final TreeMap<Integer, Distro> distros = new TreeMap<>();

    public InventoryBuilder(List<InventoryParser> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    /** Every parser Trusty has. */
    public static InventoryBuilder standard() {
        return new InventoryBuilder(Parsers.all());
    }

    public boolean wants(String path) {
        if (OsRelease.wants(path)) {
            return true;
        }
        for (InventoryParser parser : parsers) {
            if (parser.wants(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads one file. {@code path} is absolute within the root filesystem; {@code layer} names the
     * image layer that holds it, or null. Read errors become warnings naming the file.
     */
    public void accept(String path, String layer, InputStream content) {
        add(parse(path, layer, content));
    }

    /**
     * What one file says, without adding it: safe to call from several threads at once (an image
     * walk reads layers in parallel), and to {@link #add} later only for the files that are still
     * in the final filesystem.
     */
    public ParsedFile parse(String path, String layer, InputStream content) {
        Warnings local = new Warnings();
        try {
            if (OsRelease.wants(path)) {
                return new ParsedFile(path, OsRelease.parse(path, content).orElse(null), List.of(), List.of());
            }
            for (InventoryParser parser : parsers) {
                if (parser.wants(path)) {
                    List<Package> found = parser.parse(path, layer, content, local);
                    return new ParsedFile(path, null, found, local.all());
                }
            }
        } catch (IOException | RuntimeException e) {
            local.add(path + ": could not read (" + e.getMessage() + ")");
        }
        return new ParsedFile(path, null, List.of(), local.all());
    }

    /** Adds what {@link #parse} read from one file. */
    public void add(ParsedFile file) {
        if (file.distro() != null) {
            distros.put(OsRelease.FILES.indexOf(file.path()), file.distro());
        }
        packages.addAll(file.packages());
        file.warnings().forEach(warnings::add);
    }

    /**
     * The packages (or, for an os-release file, the distro) one file records, and what could not be read.
     *
     * @param distro null unless the file is one of {@link OsRelease#FILES} and names a distro
     */
    public record ParsedFile(String path, Distro distro, List<Package> packages, List<String> warnings) {
        public ParsedFile {
            packages = List.copyOf(packages);
            warnings = List.copyOf(warnings);
        }

        /** The same file with every package location placed in {@code layer} (known only after a layer is read). */
        public ParsedFile inLayer(String layer) {
            List<Package> moved = packages.stream().map(p -> p.inLayer(layer)).toList();
            return new ParsedFile(path, distro, moved, warnings);
        }
    }

    public Inventory build() {
        Distro distro = distros.isEmpty() ? Distro.UNKNOWN : distros.firstEntry().getValue();
        boolean hasDistroPackages = packages.stream().anyMatch(p -> p.ecosystem().isDistro());
        List<String> allWarnings = new ArrayList<>();
        if (!distro.isKnown() && hasDistroPackages) {
            allWarnings.add("unknown distro: no /etc/os-release or fallback file, distro packages cannot be matched to advisories");
        }
        allWarnings.addAll(warnings.all());
        // a library seen twice (lockfile and node_modules, two copies of a jar) is one package with two locations
        java.util.Map<String, Package> unique = new java.util.LinkedHashMap<>();
        for (Package p : packages) {
            Package located = p.ecosystem().isDistro() ? p.withDistro(distro) : p;
            String key = p.ecosystem().isDistro() ? "distro\u0000" + unique.size()
                    : p.ecosystem() + "\u0000" + p.namespace() + "\u0000" + p.name() + "\u0000" + p.version();
            unique.merge(key, located, (old, dup) -> {
                Package merged = old;
                for (Package.FoundIn where : dup.locations()) {
                    if (!merged.locations().contains(where)) {
                        merged = merged.withLocation(where);
                    }
                }
                return merged;
            });
        }
        List<Package> result = List.copyOf(unique.values());
        return new Inventory(distro, result, allWarnings);
    }
}
