import dev.trusty.pkg.DirectoryInventory;
import dev.trusty.pkg.Inventory;
import dev.trusty.vuln.VulnMatcher;
import dev.trusty.vuln.db.VulnDb;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * A typical image's packages (a root filesystem directory) against an existing database, in a
 * fresh JVM: the first round is what one CLI run pays (driver and native library loading included).
 * Usage: java -cp CLASSPATH bench/vuln/TypicalImage.java ROOTFS DB
 */
public class TypicalImage {
    public static void main(String[] args) throws Exception {
        Inventory inventory = DirectoryInventory.scan(Path.of(args[0]));
        var cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            VulnDb db = VulnDb.open(Path.of(args[1]));
            long t1 = System.nanoTime();
            int matches = new VulnMatcher(db).match(inventory).size();
            long t2 = System.nanoTime();
            db.close();
            System.out.printf("round %d: open %.1f ms, match %d packages %.1f ms (wall); %.1f ms CPU in all; %d matches%n",
                    round, (t1 - t0) / 1e6, inventory.packages().size(), (t2 - t1) / 1e6,
                    (cpu.getCurrentThreadCpuTime() - c0) / 1e6, matches);
        }
    }
}
