package dev.trusty.vuln.db;

import dev.trusty.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code trusty db update}: downloads the configured exports (OSV {@code all.zip}, Debian tracker
 * JSON, Alpine secdb JSON; {@code http(s)://} or {@code file://} for air-gapped copies), then
 * imports them in one go. Nothing touches the network unless this runs; any failed download
 * leaves the database unchanged.
 */
public final class VulnDbUpdate {

    private VulnDbUpdate() {
    }

    public static VulnDbImport.Result run(Path database, List<String> sources, Duration timeout, Instant now) {
        if (sources.isEmpty()) {
            throw new InputException("no sources to update from: list export URLs under 'vuln: sources:' in .trusty.yaml "
                    + "or pass --source URL");
        }
        Path downloads;
        try {
            downloads = Files.createTempDirectory("trusty-db-update");
        } catch (IOException e) {
            throw new InputException("cannot create a download directory: " + e.getMessage(), e);
        }
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            List<Path> files = new ArrayList<>();
            int n = 0;
            for (String source : sources) {
                files.add(fetch(http, source, downloads.resolve((n++) + "-" + fileName(source)), timeout));
            }
            return VulnDbImport.run(database, files, now);
        } finally {
            try (var walk = Files.walk(downloads)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
    }

    private static Path fetch(HttpClient http, String source, Path target, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(source);
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": not a URL (" + e.getMessage() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        try {
            if (scheme.equals("file")) {
                return Path.of(uri);
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InputException(source + ": unsupported URL scheme (use https://, http:// or file://)");
            }
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new InputException(source + ": HTTP " + response.statusCode() + " (database unchanged)");
                }
                Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new InputException(source + ": download failed (" + e.getMessage() + "), database unchanged", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(source + ": download interrupted, database unchanged", e);
        }
    }

    private static String fileName(String source) {
        String path = URI.create(source).getPath();
        String name = path == null || path.isEmpty() ? "download" : path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "download" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
