package dev.trusty.image;

import dev.trusty.core.Checker;
import dev.trusty.core.Policy;
import dev.trusty.core.Suppressor;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;
import dev.trusty.image.history.HistoryLint;
import dev.trusty.image.layers.Compression;
import dev.trusty.image.layers.Warnings;
import dev.trusty.image.rules.ImageRules;
import dev.trusty.image.sources.ImageReader;
import dev.trusty.image.sources.LoadedImage;
import dev.trusty.image.sources.Platform;
import dev.trusty.vuln.VulnCheck;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Audits images: reads them (one pass per layer), builds the model and runs every image rule.
 * One report per image; an archive may hold several. Warnings (a skipped file, an odd entry) go
 * to {@code warnings} and do not stop the run.
 */
public final class ImageAudit {
    private final Policy policy;
    private final Consumer<String> warnings;
    private final VulnCheck vulnerabilities;

    /** Image checks only: no package inventory, no vulnerability matching. */
    public ImageAudit(Policy policy, Consumer<String> warnings) {
        this(policy, warnings, null);
    }

    /**
     * Image checks plus known vulnerabilities: the packages are inventoried in the same layer walk
     * and matched against the database when there is one ({@code TV001}/{@code TV002} findings
     * located at the package database and its layer). Without a database, one warning says so and
     * the rest of the audit is unchanged. {@code vulnerabilities} null: image checks only.
     */
    public ImageAudit(Policy policy, Consumer<String> warnings, VulnCheck vulnerabilities) {
        this.policy = policy;
        this.warnings = warnings;
        this.vulnerabilities = vulnerabilities;
    }

    /** An archive file (docker save, OCI layout tar, plain or gzip) or an OCI layout directory. */
    public List<TargetReport> audit(Path archiveOrLayout, String platform) {
        return run(reader -> reader.read(archiveOrLayout, platform(platform)));
    }

    /**
     * A docker save stream, such as the Engine API's {@code GET /images/{name}/get} body, read in
     * one pass without a temporary file. {@code name} is the image reference for messages.
     */
    public List<TargetReport> audit(InputStream dockerSaveStream, String name, String platform) {
        return run(reader -> reader.read(dockerSaveStream, name, platform(platform)));
    }

    private List<TargetReport> run(java.util.function.Function<ImageReader, List<LoadedImage>> read) {
        VulnerabilityStep vulnStep = VulnerabilityStep.start(vulnerabilities, policy, warnings);
        ImageAnalyzers analyzers = ImageAnalyzers.standard(vulnStep != null);
        Warnings collected = new Warnings();
        List<LoadedImage> images;
        try {
            images = read.apply(new ImageReader(analyzers.scanner(), collected));
        } finally {
            collected.all().forEach(warnings);
        }
        List<TargetReport> reports = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (LoadedImage image : images) {
            ImageModel model = new ImageModel(image, analyzers);
            TargetReport report = Checker.run(new Target(image.name(), Target.Kind.IMAGE),
                    HistoryLint.addTo(ImageRules.ALL, policy), model, policy, Suppressor.NONE);
            reports.add(vulnStep == null ? report : vulnStep.addTo(report, ImageInventory.of(image, analyzers.packages()), notes));
        }
        notes.forEach(warnings); // once per run, not once per image of an archive
        return reports;
    }

    private static Platform platform(String text) {
        return text == null || text.isBlank() ? null : Platform.parse(text);
    }

    /**
     * True when {@code path} is an image archive or layout, for {@code trusty scan}'s discovery:
     * an OCI layout directory, or a tar (plain or gzip) whose first members are those of a
     * docker save or OCI layout. Reads at most a few headers; never throws on odd files.
     */
    public static boolean looksLikeImageArchive(Path path) {
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve("oci-layout")) && Files.isRegularFile(path.resolve("index.json"));
        }
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            Compression compression = Compression.detect(raw);
            if (compression == Compression.NONE && !Compression.looksLikeTar(raw)) {
                return false; // the common case when scan walks a source tree: one 512-byte read
            }
            InputStream in = compression.decompress(raw);
            TarArchiveInputStream tar = new TarArchiveInputStream(in, "UTF-8");
            TarArchiveEntry entry;
            for (int i = 0; i < 64 && (entry = tar.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.equals("manifest.json") || name.equals("oci-layout") || name.equals("index.json")
                        || name.equals("repositories") || name.startsWith("blobs/sha256/")
                        || name.matches("[0-9a-f]{64}/(?:layer\\.tar|json|VERSION)")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
