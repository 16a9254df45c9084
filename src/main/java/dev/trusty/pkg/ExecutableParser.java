package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Executables in binary directories that carry their own dependency list: Go build info and
 * Rust cargo-auditable data. Only ELF files are read (the first four bytes decide). A small
 * executable is read into memory; a larger one is spooled to a temporary file and mapped, so a
 * 200 MiB binary in a layer costs page cache, not heap (its section table sits at the end, so it
 * cannot be read in one forward pass).
 */
public final class ExecutableParser implements InventoryParser {

    private static final int MAX_BYTES = 1024 * 1024 * 1024;
    private static final int IN_MEMORY_BYTES = 8 * 1024 * 1024;

    private final int inMemoryBytes;

    public ExecutableParser() {
        this(IN_MEMORY_BYTES);
    }

    /** @param inMemoryBytes executables longer than this are spooled to a temporary file */
    ExecutableParser(int inMemoryBytes) {
        this.inMemoryBytes = inMemoryBytes;
    }

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
        byte[] start = content.readNBytes(inMemoryBytes);
        if (start.length < inMemoryBytes) {
            ByteBuffer elf = ByteBuffer.allocate(4 + start.length).put(head).put(start).flip();
            return packages(path, layer, elf, warnings);
        }
        Path spool = Files.createTempFile("trusty-elf-", ".bin");
        try (FileChannel file = FileChannel.open(spool, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE)) {
            file.write(ByteBuffer.wrap(head));
            file.write(ByteBuffer.wrap(start));
            ReadableByteChannel rest = Channels.newChannel(content);
            long size = file.size();
            long copied;
            while (size < MAX_BYTES && (copied = file.transferFrom(rest, size, MAX_BYTES - size)) > 0) {
                size += copied;
            }
            return packages(path, layer, file.map(FileChannel.MapMode.READ_ONLY, 0, size), warnings);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static List<Package> packages(String path, String layer, ByteBuffer elf, Warnings warnings) {
        List<Package> packages = new ArrayList<>(GoBuildInfo.modules(path, layer, elf, warnings));
        if (elf.limit() > 0x40) {
            packages.addAll(CargoAuditable.crates(path, layer, elf, warnings));
        }
        return packages;
    }
}
