package dev.trusty.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a source file, for excerpts under findings. Reading never fails: a file that is
 * gone, unreadable or binary simply has no lines, and the excerpt is left out.
 */
@FunctionalInterface
public interface SourceLines {

    /** The file's lines without terminators, or an empty list when they cannot be had. */
    List<String> lines(String path);

    /** Line {@code number} (1-based), or null when out of range or unavailable. */
    default String line(String path, int number) {
        List<String> all = lines(path);
        return number >= 1 && number <= all.size() ? all.get(number - 1) : null;
    }

    static SourceLines none() {
        return path -> List.of();
    }

    /** Reads files (paths as reported, relative to the working directory), each at most once. */
    static SourceLines fromFiles() {
        Map<String, List<String>> cache = new HashMap<>();
        return path -> cache.computeIfAbsent(path, SourceLines::readQuietly);
    }

    /** Known text for some paths (stdin, tests), falling back to {@code others} for the rest. */
    static SourceLines of(Map<String, String> texts, SourceLines others) {
        Map<String, List<String>> split = new HashMap<>();
        texts.forEach((path, text) -> split.put(path, splitLines(text)));
        return path -> split.containsKey(path) ? split.get(path) : others.lines(path);
    }

    static List<String> splitLines(String text) {
        return text.lines().toList();
    }

    private static List<String> readQuietly(String path) {
        try {
            Path file = Path.of(path);
            if (!Files.isRegularFile(file) || Files.size(file) > 8L * 1024 * 1024) {
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return splitLines(text);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
