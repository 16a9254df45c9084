package dev.trusty.cli;

import dev.trusty.core.InputException;
import dev.trusty.pkg.DirectoryInventory;
import dev.trusty.pkg.Inventory;
import dev.trusty.sbom.CycloneDx;
import dev.trusty.sbom.Spdx;
import java.io.IOException;
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

/** {@code trusty sbom DIR}: the packages of a root filesystem or project directory as an SBOM. */
@Command(name = "sbom", mixinStandardHelpOptions = true,
        description = "List the packages of a directory (an unpacked image, a rootfs, a project) as CycloneDX 1.6 or SPDX 2.3 JSON.")
final class SbomCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "Directory to inventory.")
    Path target;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "cyclonedx",
            description = "cyclonedx or spdx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("cyclonedx") && !wanted.equals("spdx")) {
            throw new InputException("unknown SBOM format '" + format + "' (expected cyclonedx or spdx)");
        }
        Inventory inventory = DirectoryInventory.scan(target);
        if (!common.quiet) {
            inventory.warnings().forEach(w -> spec.commandLine().getErr().println("trusty: warning: " + w));
        }
        String name = target.toAbsolutePath().normalize().getFileName() == null ? "/"
                : target.toAbsolutePath().normalize().getFileName().toString();
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
}
