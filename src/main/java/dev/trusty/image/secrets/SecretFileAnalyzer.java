package dev.trusty.image.secrets;

import dev.trusty.image.layers.FileAnalyzer;
import dev.trusty.image.layers.FileEntry;
import dev.trusty.image.layers.FileSelector;
import dev.trusty.image.layers.Warnings;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs the secret scanner over the text files of every layer. Skips what cannot hold a readable
 * secret or is known noise: binaries (a NUL byte early on), files under 10 bytes, archives and
 * media by extension, documentation, tests and examples, source maps. Files above the size limit
 * are skipped with a warning rather than held in memory.
 */
public final class SecretFileAnalyzer implements FileAnalyzer<List<SecretHit>> {
    public static final int DEFAULT_MAX_BYTES = 8 << 20;
    private static final int BINARY_PROBE = 8192;

    private static final Set<String> BINARY_EXTENSIONS = Set.of("so", "a", "o", "png", "jpg", "jpeg", "gif", "ico",
            "webp", "woff", "woff2", "ttf", "otf", "eot", "gz", "tgz", "bz2", "xz", "zst", "zip", "jar", "war", "whl",
            "class", "pyc", "pyo", "mo", "deb", "rpm", "apk", "mp3", "mp4", "pdf", "db", "sqlite", "wasm", "node");
    private static final Pattern SKIPPED_PATHS = Pattern.compile(
            "(?:^|.*/)(?:usr/share/(?:doc|man|info|locale|i18n|zoneinfo|mime|icons)|usr/include|\\.git"
                    + "|tests?|testdata|__tests__|spec|examples?|fixtures|samples?)/.*"
                    + "|.*\\.(?:md|rst|js\\.map|css\\.map)");
    private static final Pattern CONFIG_FILES = Pattern.compile(
            ".*(?:^|/)(?:\\.env(?:\\.[^/]*)?|[^/]*\\.(?:env|properties|ya?ml|ini|conf|cfg|cnf|toml|json|xml|sh|py|rb|php)"
                    + "|\\.npmrc|\\.pypirc|\\.netrc|credentials|config)");

    private final SecretScanner scanner;
    private final int maxBytes;
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    public SecretFileAnalyzer(SecretScanner scanner, int maxBytes) {
        this.scanner = scanner;
        this.maxBytes = maxBytes;
    }

    public SecretFileAnalyzer() {
        this(new SecretScanner(), DEFAULT_MAX_BYTES);
    }

    @Override
    public FileSelector selector() {
        return FileSelector.matching(e -> e.isRegularFile() && e.size() >= 10 && !skipped(e.path()));
    }

    static boolean skipped(String path) {
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') && BINARY_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return SKIPPED_PATHS.matcher(path).matches();
    }

    @Override
    public long readsNothingAbove() {
        return maxBytes;
    }

    @Override
    public List<SecretHit> analyze(FileEntry entry, InputStream content, Warnings warnings) throws IOException {
        if (entry.size() > maxBytes) {
            warnings.add("files too big to scan for secrets", entry.absolutePath()
                    + " (" + (entry.size() >> 20) + " MiB) was not scanned for secrets: larger than "
                    + (maxBytes >> 20) + " MiB");
            return null;
        }
        int size = (int) entry.size();
        byte[] buffer = buffers.get();
        if (buffer.length < size) {
            buffer = new byte[Math.max(size, buffer.length * 2)];
            buffers.set(buffer);
        }
        int probe = content.readNBytes(buffer, 0, Math.min(size, BINARY_PROBE));
        for (int i = 0; i < probe; i++) {
            if (buffer[i] == 0) {
                return null;
            }
        }
        int length = probe + content.readNBytes(buffer, probe, size - probe);
        boolean config = CONFIG_FILES.matcher(entry.path()).matches();
        List<SecretHit> hits = scanner.scan(buffer, length, config);
        if (buffer.length > (1 << 20)) {
            buffers.remove(); // do not keep a big buffer per thread after a big file
        }
        return hits.isEmpty() ? null : hits;
    }
}
