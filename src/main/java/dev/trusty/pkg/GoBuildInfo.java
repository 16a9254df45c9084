package dev.trusty.pkg;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Go executables: the module build information the Go linker embeds (Go 1.18+ format: the
 * {@code \xff Go buildinf:} header with inline strings): the Go version as module
 * {@code stdlib}, the main module unless it is a {@code (devel)} build, and every dependency
 * (with {@code =>} replacements applied).
 */
final class GoBuildInfo {

    private static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
    private GoBuildInfo() {
    }

    /** The modules of a Go executable, empty for other files. */
    static List<Package> modules(String path, String layer, ByteBuffer bytes, Warnings warnings) {
        int at = find(bytes);
        if (at < 0) {
            return List.of();
        }
        int flags = bytes.get(at + 15) & 0xff;
        if ((flags & 0x2) == 0) {
            warnings.add(path + ": Go binary built before Go 1.18, its modules are not read");
            return List.of();
        }
        int[] pos = {at + 32};
        String goVersion = varString(bytes, pos);
        String modinfo = varString(bytes, pos);
        if (goVersion == null || modinfo == null) {
            warnings.add(path + ": unreadable Go build information");
            return List.of();
        }
        if (modinfo.length() >= 33 && modinfo.charAt(modinfo.length() - 17) == '\n') {
            modinfo = modinfo.substring(16, modinfo.length() - 16);
        }
        Package.FoundIn where = new Package.FoundIn(path, layer);
        List<Package> packages = new ArrayList<>();
        if (goVersion.startsWith("go")) {
            packages.add(Package.library(Ecosystem.GO, null, "stdlib", goVersion.substring(2).split(" ")[0], "BSD-3-Clause", where));
        }
        int previous = -1; // the package of the mod/dep line just read, -1 when that line gave none
        for (String line : modinfo.split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 3 && (f[0].equals("mod") || f[0].equals("dep"))) {
                previous = -1;
                if (!f[2].equals("(devel)")) {
                    packages.add(module(f[1], f[2], where));
                    previous = packages.size() - 1;
                }
            } else if (f.length >= 3 && f[0].equals("=>") && previous >= 0 && !isLocalPath(f[1])) {
                packages.set(previous, module(f[1], f[2], where));
            }
        }
        return packages;
    }

    /**
     * A replacement by a directory ({@code => ../lib (devel)}) has no module path or version of its own:
     * the required module and version stay what advisories are matched against.
     */
    private static boolean isLocalPath(String replacement) {
        return replacement.startsWith("./") || replacement.startsWith("../") || replacement.startsWith("/")
                || replacement.equals(".") || replacement.equals("..");
    }

    private static Package module(String path, String version, Package.FoundIn where) {
        int slash = path.lastIndexOf('/');
        String namespace = slash < 0 ? null : path.substring(0, slash);
        String name = slash < 0 ? path : path.substring(slash + 1);
        return Package.library(Ecosystem.GO, namespace, name, version, null, where);
    }

    /** The magic starts on a 16-byte boundary of the section; searching every offset is still cheap. */
    private static int find(ByteBuffer bytes) {
        int length = bytes.limit();
        outer:
        for (int i = 0; i + 32 < length; i++) {
            for (int k = 0; k < MAGIC.length; k++) {
                if (bytes.get(i + k) != MAGIC[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String varString(ByteBuffer bytes, int[] pos) {
        long length = 0;
        int shift = 0;
        while (pos[0] < bytes.limit()) {
            int b = bytes.get(pos[0]++) & 0xff;
            length |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift > 35) {
                return null;
            }
        }
        if (length < 0 || pos[0] + length > bytes.limit()) {
            return null;
        }
        byte[] text = new byte[(int) length];
        bytes.get(pos[0], text);
        String s = new String(text, StandardCharsets.UTF_8);
        pos[0] += (int) length;
        return s;
    }
}
