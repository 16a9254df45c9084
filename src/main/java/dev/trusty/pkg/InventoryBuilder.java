package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        try {
            if (OsRelease.wants(path)) {
                Optional<Distro> distro = OsRelease.parse(path, content);
                distro.ifPresent(d -> distros.put(OsRelease.FILES.indexOf(path), d));
                return;
            }
            for (InventoryParser parser : parsers) {
                if (parser.wants(path)) {
                    packages.addAll(parser.parse(path, layer, content, warnings));
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            warnings.add(path + ": could not read (" + e.getMessage() + ")");
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
