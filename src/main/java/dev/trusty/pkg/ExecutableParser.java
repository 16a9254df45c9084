package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Executables in binary directories that carry their own dependency list: Go build info and
 * Rust cargo-auditable data. Only ELF files are read (the first four bytes decide).
 */
public final class ExecutableParser implements InventoryParser {

    private static final int MAX_BYTES = 256 * 1024 * 1024;

    @Override
    public boolean wants(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (file.isEmpty() || file.contains(".")) {
            return false;
        }
        return path.contains("/bin/") || path.contains("/sbin/") || path.startsWith("/app/") || path.startsWith("/opt/")
                || path.startsWith("/usr/local/") || path.startsWith("/go/") || path.startsWith("/ko-app/");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        byte[] head = content.readNBytes(4);
        if (head.length < 4 || head[0] != 0x7f || head[1] != 'E' || head[2] != 'L' || head[3] != 'F') {
            return List.of();
        }
        byte[] rest = content.readNBytes(MAX_BYTES);
        byte[] elf = new byte[4 + rest.length];
        System.arraycopy(head, 0, elf, 0, 4);
        System.arraycopy(rest, 0, elf, 4, rest.length);
        List<Package> packages = new ArrayList<>(GoBuildInfo.modules(path, layer, elf, warnings));
        if (elf.length > 0x40) {
            packages.addAll(CargoAuditable.crates(path, layer, elf, warnings));
        }
        return packages;
    }
}
