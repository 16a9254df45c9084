package dev.trusty.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.InflaterInputStream;

/**
 * Crates of Rust executables built with cargo-auditable: the {@code .dep-v0} ELF section holds
 * zlib-compressed JSON ({@code {"packages": [{name, version, source, kind}]}}). Crates from
 * crates.io that are not build-only are listed.
 */
final class CargoAuditable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_JSON = 8 * 1024 * 1024;

    private CargoAuditable() {
    }

    static List<Package> crates(String path, String layer, ByteBuffer elf, Warnings warnings) {
        byte[] section;
        try {
            section = section(elf, ".dep-v0");
        } catch (RuntimeException e) {
            return List.of(); // not an ELF file we can read the sections of
        }
        if (section == null) {
            return List.of();
        }
        JsonNode root;
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(section))) {
            root = JSON.readTree(in.readNBytes(MAX_JSON));
        } catch (IOException e) {
            warnings.add(path + ": unreadable cargo-auditable data (" + e.getMessage() + ")");
            return List.of();
        }
        List<Package> crates = new ArrayList<>();
        for (JsonNode p : root.path("packages")) {
            if ("crates.io".equals(p.path("source").asText()) && !"build".equals(p.path("kind").asText())) {
                crates.add(Package.library(Ecosystem.CARGO, null, p.path("name").asText(), p.path("version").asText(),
                        null, new Package.FoundIn(path, layer)));
            }
        }
        return crates;
    }

    /** The bytes of a named section of an ELF file (32/64-bit, either byte order), or null. */
    static byte[] section(ByteBuffer elf, String wanted) {
        ByteBuffer b = elf.duplicate().order(elf.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        boolean is64 = elf.get(4) == 2;
        int length = elf.limit();
        long shoff = is64 ? b.getLong(0x28) : Integer.toUnsignedLong(b.getInt(0x20));
        int shentsize = Short.toUnsignedInt(b.getShort(is64 ? 0x3A : 0x2E));
        int shnum = Short.toUnsignedInt(b.getShort(is64 ? 0x3C : 0x30));
        int shstrndx = Short.toUnsignedInt(b.getShort(is64 ? 0x3E : 0x32));
        if (shoff <= 0 || shoff + (long) shnum * shentsize > length || shstrndx >= shnum) {
            return null;
        }
        long[] names = header((int) shoff + shstrndx * shentsize, b, is64);
        for (int i = 0; i < shnum; i++) {
            long[] h = header((int) shoff + i * shentsize, b, is64);
            int nameAt = (int) (names[1] + h[0]);
            if (matches(elf, nameAt, wanted) && h[1] >= 0 && h[2] >= 0 && h[1] + h[2] <= length) {
                byte[] out = new byte[(int) h[2]];
                elf.get((int) h[1], out);
                return out;
            }
        }
        return null;
    }

    /** name offset, file offset, size. */
    private static long[] header(int at, ByteBuffer b, boolean is64) {
        long name = Integer.toUnsignedLong(b.getInt(at));
        long offset = is64 ? b.getLong(at + 0x18) : Integer.toUnsignedLong(b.getInt(at + 0x10));
        long size = is64 ? b.getLong(at + 0x20) : Integer.toUnsignedLong(b.getInt(at + 0x14));
        return new long[] {name, offset, size};
    }

    private static boolean matches(ByteBuffer elf, int at, String name) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || at + n.length >= elf.limit()) {
            return false;
        }
        for (int i = 0; i < n.length; i++) {
            if (elf.get(at + i) != n[i]) {
                return false;
            }
        }
        return elf.get(at + n.length) == 0;
    }
}
