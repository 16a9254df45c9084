package dev.trusty.pkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One installed package. Distro packages carry the source package they were built from
 * ({@code sourceName}/{@code sourceVersion}), which is what advisories are keyed by; for other
 * packages the source is the package itself. {@code namespace} is the Maven groupId, npm scope,
 * Go module prefix... as the purl spells it.
 */
public record Package(
        Ecosystem ecosystem,
        String namespace,
        String name,
        String version,
        String sourceName,
        String sourceVersion,
        String arch,
        String licence,
        Distro distro,
        List<FoundIn> locations) {

    /** A file a package was found in, and the image layer that added it (null for a directory). */
    public record FoundIn(String path, String layer) {
        public FoundIn {
            Objects.requireNonNull(path, "path");
        }
    }

    public Package {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        namespace = namespace == null ? "" : namespace;
        sourceName = sourceName == null || sourceName.isEmpty() ? name : sourceName;
        sourceVersion = sourceVersion == null || sourceVersion.isEmpty() ? version : sourceVersion;
        arch = arch == null ? "" : arch;
        licence = licence == null ? "" : licence;
        distro = distro == null ? Distro.UNKNOWN : distro;
        locations = List.copyOf(locations);
    }

    /** A language package (no separate source, no distro). */
    public static Package library(Ecosystem ecosystem, String namespace, String name, String version,
                                  String licence, FoundIn where) {
        return new Package(ecosystem, namespace, name, version, null, null, null, licence, null, List.of(where));
    }

    public Package withDistro(Distro newDistro) {
        return new Package(ecosystem, namespace, name, version, sourceName, sourceVersion, arch, licence, newDistro, locations);
    }

    public Package withLocation(FoundIn more) {
        List<FoundIn> all = new ArrayList<>(locations);
        all.add(more);
        return new Package(ecosystem, namespace, name, version, sourceName, sourceVersion, arch, licence, distro, all);
    }

    /** The same package with every location placed in {@code layer} (an image layer digest). */
    public Package inLayer(String layer) {
        List<FoundIn> moved = locations.stream().map(l -> new FoundIn(l.path(), layer)).toList();
        return new Package(ecosystem, namespace, name, version, sourceName, sourceVersion, arch, licence, distro, moved);
    }

    /** The name advisories use: Maven {@code group:artifact}, npm {@code @scope/name}, Go module path. */
    public String advisoryName() {
        if (namespace.isEmpty()) {
            return ecosystem.isDistro() ? sourceName : name;
        }
        return switch (ecosystem) {
            case MAVEN -> namespace + ":" + name;
            case PACKAGIST -> namespace + "/" + name;
            case NPM, GO -> namespace + "/" + name;
            default -> name;
        };
    }

    /** Package URL per the purl spec, e.g. {@code pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12}. */
    public String purl() {
        Map<String, String> qualifiers = new LinkedHashMap<>();
        String ns = namespace;
        switch (ecosystem) {
            case DEBIAN, ALPINE, RPM -> {
                ns = distro.isKnown() ? distro.id() : (ecosystem == Ecosystem.DEBIAN ? "debian"
                        : ecosystem == Ecosystem.ALPINE ? "alpine" : "");
                qualifiers.put("arch", arch);
                qualifiers.put("distro", distro.purlQualifier());
                if (!sourceName.equals(name) || !sourceVersion.equals(version)) {
                    qualifiers.put("upstream", sourceName.equals(name) ? null : sourceName);
                }
            }
            default -> {
            }
        }
        return Purl.of(ecosystem.purlType(), ns, ecosystem == Ecosystem.PYPI ? pypiName(name) : name, version, qualifiers);
    }

    private static String pypiName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** Display form: {@code name version} plus the source when it differs. */
    public String display() {
        String n = namespace.isEmpty() ? name : advisoryName();
        return sourceName.equals(name) ? n + " " + version : n + " " + version + " (source " + sourceName + " " + sourceVersion + ")";
    }
}
