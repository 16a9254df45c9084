package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installed Debian packages from {@code /var/lib/dpkg/status}, and from the one-file-per-package
 * {@code /var/lib/dpkg/status.d/} that distroless images write. Only packages whose status is
 * "installed" count (dpkg keeps removed-but-configured ones too). The {@code Source:} field gives
 * the source package, with its own version in parentheses when that differs (binNMUs, gcc-defaults).
 */
public final class DpkgStatusParser implements InventoryParser {

    private static final Pattern SOURCE = Pattern.compile("(\\S+)(?:\\s+\\((\\S+)\\))?");

    @Override
    public boolean wants(String path) {
        if (path.equals("/var/lib/dpkg/status")) {
            return true;
        }
        if (!path.startsWith("/var/lib/dpkg/status.d/")) {
            return false;
        }
        String file = path.substring("/var/lib/dpkg/status.d/".length());
        return !file.isEmpty() && !file.contains("/") && !file.endsWith(".md5sums");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        List<Package> packages = new ArrayList<>();
        for (Stanzas.Stanza stanza : Stanzas.read(content)) {
            if (stanza.damage() != null) {
                warnings.at(path, stanza.line(), "skipped a damaged package stanza (" + stanza.damage() + ")");
                continue;
            }
            String name = stanza.get("Package");
            String version = stanza.get("Version");
            if (name.isEmpty() || version.isEmpty()) {
                warnings.at(path, stanza.line(), "skipped a package stanza without "
                        + (name.isEmpty() ? "Package" : "Version (package " + name + ")"));
                continue;
            }
            String status = stanza.get("Status");
            if (!status.isEmpty() && !status.endsWith(" installed")) {
                continue;
            }
            String sourceName = name;
            String sourceVersion = version;
            String source = stanza.get("Source");
            if (!source.isEmpty()) {
                Matcher m = SOURCE.matcher(source);
                if (m.matches()) {
                    sourceName = m.group(1);
                    sourceVersion = m.group(2) != null ? m.group(2) : version;
                } else {
                    warnings.at(path, stanza.line(), "unreadable Source field '" + source + "' of " + name);
                }
            }
            String arch = stanza.get("Architecture");
            packages.add(new Package(Ecosystem.DEBIAN, "", name, version, sourceName, sourceVersion,
                    arch, null, null, List.of(new Package.FoundIn(path, layer))));
        }
        return packages;
    }
}
