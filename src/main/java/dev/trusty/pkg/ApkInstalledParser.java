package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Installed Alpine packages from {@code /lib/apk/db/installed}: one letter-keyed line per field
 * ({@code P:} name, {@code V:} version, {@code o:} origin = source package, {@code A:} arch,
 * {@code L:} licence), blank lines between packages.
 */
public final class ApkInstalledParser implements InventoryParser {

    @Override
    public boolean wants(String path) {
        return path.equals("/lib/apk/db/installed");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        List<Package> packages = new ArrayList<>();
        for (Stanzas.Stanza stanza : Stanzas.read(content)) {
            if (stanza.damage() != null) {
                warnings.at(path, stanza.line(), "skipped a damaged package entry (" + stanza.damage() + ")");
                continue;
            }
            String name = stanza.get("P");
            String version = stanza.get("V");
            if (name.isEmpty() || version.isEmpty()) {
                warnings.at(path, stanza.line(), "skipped a package entry without " + (name.isEmpty() ? "P:" : "V: (package " + name + ")"));
                continue;
            }
            packages.add(new Package(Ecosystem.ALPINE, "", name, version, stanza.get("o"), version,
                    stanza.get("A"), stanza.get("L"), null, List.of(new Package.FoundIn(path, layer))));
        }
        return packages;
    }
}
