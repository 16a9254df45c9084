import dev.trusty.pkg.Distro;
import dev.trusty.pkg.Ecosystem;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.VulnMatch;
import dev.trusty.vuln.VulnMatcher;
import dev.trusty.vuln.db.VulnDb;
import dev.trusty.vuln.db.VulnDbImport;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates an OSV export of N records (PyPI, npm, Maven, Debian:12), imports it, re-imports it,
 * then matches 2,000 packages and compares that with just opening the database.
 * Usage: java -cp CLASSPATH bench/vuln/VulnBench.java [records] [workdir]
 */
public class VulnBench {

    static final String[] ECOSYSTEMS = {"PyPI", "npm", "Maven", "Debian:12"};

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("trusty-bench");
        Files.createDirectories(dir);
        Random random = new Random(42);
        int names = records / 10;

        Path zip = dir.resolve("all.zip");
        long t0 = System.nanoTime();
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            for (int i = 0; i < records; i++) {
                String eco = ECOSYSTEMS[i % ECOSYSTEMS.length];
                String name = packageName(eco, random.nextInt(names));
                int major = random.nextInt(5);
                String introduced = eco.startsWith("Debian") ? "0" : major + ".0.0";
                String fixed = eco.startsWith("Debian") ? major + ".2-" + random.nextInt(9) + "+deb12u" + random.nextInt(20)
                        : major + "." + random.nextInt(20) + "." + random.nextInt(10);
                String type = eco.equals("npm") ? "SEMVER" : "ECOSYSTEM";
                String json = """
                        {"id": "BENCH-%d", "modified": "2026-01-01T00:00:00Z", "aliases": ["CVE-2026-%d"],
                         "summary": "generated record %d",
                         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                         "affected": [{"package": {"ecosystem": "%s", "name": "%s"},
                           "ranges": [{"type": "%s", "events": [{"introduced": "%s"}, {"fixed": "%s"}]}]}]}
                        """.formatted(i, i, i, eco, name, type, introduced, fixed);
                out.putNextEntry(new ZipEntry("BENCH-" + i + ".json"));
                out.write(json.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        System.out.printf("generated %,d records (%,d bytes zipped) in %.1f s%n", records, Files.size(zip),
                (System.nanoTime() - t0) / 1e9);

        Path db = dir.resolve("vuln.db");
        Files.deleteIfExists(db);
        long t1 = System.nanoTime();
        long c1 = cpu();
        VulnDbImport.run(db, List.of(zip), Instant.now());
        double importSeconds = (System.nanoTime() - t1) / 1e9;
        double importCpu = (cpu() - c1) / 1e9;
        System.out.printf("import: %.1f s wall (%.1f s CPU), %,.0f records/s wall, %,.0f records/s per CPU second, database %.1f MB%n",
                importSeconds, importCpu, records / importSeconds, records / importCpu, Files.size(db) / 1e6);

        long t2 = System.nanoTime();
        long c2 = cpu();
        VulnDbImport.Result again = VulnDbImport.run(db, List.of(zip), Instant.now());
        double reimportSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("re-import (all unchanged: %,d): %.1f s wall (%.1f s CPU), %,.0f records/s wall%n",
                again.inputs().get(0).unchanged(), reimportSeconds, (cpu() - c2) / 1e9, records / reimportSeconds);

        Distro bookworm = new Distro("debian", "12", "bookworm", "Debian 12");
        List<Package> packages = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String eco = ECOSYSTEMS[i % ECOSYSTEMS.length];
            String name = packageName(eco, random.nextInt(names));
            Package.FoundIn where = new Package.FoundIn("/bench/" + i, null);
            packages.add(switch (eco) {
                case "PyPI" -> Package.library(Ecosystem.PYPI, null, name, "1.5.0", null, where);
                case "npm" -> Package.library(Ecosystem.NPM, null, name, "1.5.0", null, where);
                case "Maven" -> Package.library(Ecosystem.MAVEN, name.split(":")[0], name.split(":")[1], "1.5.0", null, where);
                default -> new Package(Ecosystem.DEBIAN, "", name, "1.2-1", name, null, "amd64", null, bookworm, List.of(where));
            });
        }
        Inventory inventory = new Inventory(bookworm, packages, List.of());
        for (int round = 1; round <= 5; round++) {
            long o0 = System.nanoTime();
            long oc = cpu();
            VulnDb opened = VulnDb.open(db);
            double openMs = (System.nanoTime() - o0) / 1e6;
            double openCpuMs = (cpu() - oc) / 1e6;
            long m0 = System.nanoTime();
            long mc = cpu();
            List<VulnMatch> matches = new VulnMatcher(opened).match(inventory);
            double matchMs = (System.nanoTime() - m0) / 1e6;
            double matchCpuMs = (cpu() - mc) / 1e6;
            opened.close();
            System.out.printf("round %d: open %.1f ms (%.1f ms CPU), match 2,000 packages %.1f ms (%.1f ms CPU), "
                    + "match/open %.0fx wall, %,d matches%n", round, openMs, openCpuMs, matchMs, matchCpuMs,
                    matchMs / openMs, matches.size());
        }
    }

    /** CPU time of this thread: the machine is shared, so wall time alone overstates the cost. */
    static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static String packageName(String ecosystem, int n) {
        return switch (ecosystem) {
            case "Maven" -> "org.bench" + (n % 100) + ":artifact-" + n;
            case "Debian:12" -> "src" + n;
            default -> "pkg-" + n;
        };
    }
}
