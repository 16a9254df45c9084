import dev.trusty.image.ImageAnalyzers;
import dev.trusty.image.ImageInventory;
import dev.trusty.image.layers.Warnings;
import dev.trusty.image.sources.ImageReader;
import dev.trusty.image.sources.LoadedImage;
import dev.trusty.vuln.Vex;
import dev.trusty.vuln.VulnScan;
import dev.trusty.vuln.VulnSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the package scan adds to an image run, in one fresh JVM (round 1 is what a CLI run pays):
 * the layer walk without and with the inventory analyzer, then, after the walk, assembling the
 * inventory on the final filesystem and matching it (database open included).
 * Usage: java -cp CLASSPATH bench/vuln/ImageVulnBench.java IMAGE_ARCHIVE DB [ROUNDS]
 */
public class ImageVulnBench {
    public static void main(String[] args) {
        Path archive = Path.of(args[0]);
        VulnSettings settings = VulnSettings.defaults();
        settings = new VulnSettings(Path.of(args[1]), settings.maxAge(), false, List.of(), List.of());
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        var cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            new ImageReader(ImageAnalyzers.standard(false).scanner(), new Warnings()).read(archive, null);
            long plainWalk = System.nanoTime() - t0;

            ImageAnalyzers analyzers = ImageAnalyzers.standard(true);
            t0 = System.nanoTime();
            LoadedImage image = new ImageReader(analyzers.scanner(), new Warnings()).read(archive, null).get(0);
            long packageWalk = System.nanoTime() - t0;

            long c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            ImageInventory inventory = ImageInventory.of(image, analyzers.packages());
            long assemble = System.nanoTime() - t0;
            t0 = System.nanoTime();
            VulnScan.Result result = VulnScan.run(inventory.inventory(), settings, new Vex(List.of()), inventory::location,
                    Instant.now());
            long match = System.nanoTime() - t0;
            long afterWalkCpu = cpu.getCurrentThreadCpuTime() - c0;
            System.out.printf("round %d: walk %.0f ms, walk with package files %.0f ms (+%.0f); after the walk: "
                            + "inventory %.1f ms, open+match %d packages %.1f ms = %.1f ms wall, %.1f ms CPU; %d findings%n",
                    round, plainWalk / 1e6, packageWalk / 1e6, (packageWalk - plainWalk) / 1e6, assemble / 1e6,
                    inventory.inventory().packages().size(), match / 1e6, (assemble + match) / 1e6, afterWalkCpu / 1e6,
                    result.findings().size());
        }
    }
}
