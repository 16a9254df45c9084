package dev.trusty.cli;

import dev.trusty.core.InputException;
import dev.trusty.engine.DockerEngine;
import dev.trusty.image.ImageAudit;
import dev.trusty.image.ImageInventory;
import dev.trusty.pkg.DirectoryInventory;
import dev.trusty.pkg.Inventory;
import dev.trusty.sbom.CycloneDx;
import dev.trusty.sbom.Spdx;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code trusty sbom TARGET}: the packages of a root filesystem or project directory, or of an
 * image (archive, OCI layout or engine image, read in one pass over its layers), as an SBOM.
 */
@Command(name = "sbom", mixinStandardHelpOptions = true,
        description = {"List the packages of a directory (an unpacked image, a rootfs, a project) or of an image as "
                + "CycloneDX 1.6 or SPDX 2.3 JSON.",
                "TARGET is a directory; a 'docker save' archive or OCI layout (tar or directory); or an image name or id "
                        + "in the Docker engine. Image packages name the layer they came from."})
final class SbomCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Parameters(paramLabel = "TARGET", description = "Directory, image archive, OCI layout, or image name or id.")
    String target;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "cyclonedx",
            description = "cyclonedx or spdx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "Image to list in a multi-platform index (default: the only one, else this machine's).")
    String platform;

    @Override
    public Integer call() throws IOException {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("cyclonedx") && !wanted.equals("spdx")) {
            throw new InputException("unknown SBOM format '" + format + "' (expected cyclonedx or spdx)");
        }
        List<String> warnings = new ArrayList<>();
        String name;
        Inventory inventory;
        Path path = asPath(target);
        if (path != null && Files.exists(path) && ImageAudit.looksLikeImageArchive(path)) {
            ImageInventory image = single(ImageInventory.read(path, platform, warnings::add));
            name = image.image();
            inventory = image.inventory();
        } else if (path != null && Files.isDirectory(path)) {
            inventory = DirectoryInventory.scan(path);
            name = path.toAbsolutePath().normalize().getFileName() == null ? "/"
                    : path.toAbsolutePath().normalize().getFileName().toString();
        } else if (path != null && Files.exists(path)) {
            throw new InputException(target + ": neither a directory nor an image archive (docker save or OCI layout)");
        } else if (ImageCommand.looksLikeAPath(target)) {
            throw new InputException(target + ": no such file or directory");
        } else {
            ImageInventory image = single(fromEngine(warnings));
            name = image.image();
            inventory = image.inventory();
        }
        if (!common.quiet) {
            warnings.forEach(w -> spec.commandLine().getErr().println("trusty: warning: " + w));
            inventory.warnings().forEach(w -> spec.commandLine().getErr().println("trusty: warning: " + w));
        }
        String text = wanted.equals("spdx") ? Spdx.write(inventory, name, Versions.version(), Instant.now())
                : CycloneDx.write(inventory, name, Versions.version(), Instant.now());
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private List<ImageInventory> fromEngine(List<String> warnings) {
        try (DockerEngine engine = engineOptions.connect(); InputStream export = engine.exportImage(target)) {
            return ImageInventory.read(export, target, platform, warnings::add);
        } catch (IOException e) {
            throw new InputException(target + ": reading the image from the engine failed: " + e.getMessage(), e);
        }
    }

    /** One SBOM describes one image: an archive of several is an error naming them. */
    private ImageInventory single(List<ImageInventory> images) {
        if (images.size() != 1) {
            throw new InputException(target + ": holds " + images.size() + " images ("
                    + String.join(", ", images.stream().map(ImageInventory::image).toList())
                    + "): an SBOM describes one; save one image per archive or choose one with --platform");
        }
        return images.get(0);
    }

    private static Path asPath(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
