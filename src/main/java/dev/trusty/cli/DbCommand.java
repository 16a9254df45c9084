package dev.trusty.cli;

import dev.trusty.core.InputException;
import dev.trusty.vuln.db.VulnDb;
import dev.trusty.vuln.db.VulnDbImport;
import dev.trusty.vuln.versions.VersionScheme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trusty db import|status|vercmp}: the offline vulnerability database. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Manage the offline vulnerability database.",
        subcommands = {DbCommand.Import.class, DbCommand.Update.class, DbCommand.Status.class, DbCommand.Vercmp.class})
final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (import, update, status or vercmp)");
    }

    /** The database file option shared by the subcommands. */
    static final class DbOption {
        @Option(names = "--db", paramLabel = "FILE",
                description = "Database file (default: $XDG_CACHE_HOME/trusty/vuln.db, else ~/.cache/trusty/vuln.db).")
        Path db;

        Path path() {
            return db != null ? db : VulnDb.defaultPath();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import advisories: OSV records (one JSON file, a directory, or an ecosystem all.zip),",
                    "the Debian Security Tracker JSON, or Alpine secdb JSON. Re-importing is safe: unchanged records stay,",
                    "changed ones are replaced, records gone from a complete export are removed. A failed import",
                    "leaves the database as it was."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        CommonOptions common;

        @CommandLine.Mixin
        DbOption dbOption;

        @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories to import.")
        List<Path> inputs;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            VulnDbImport.Result result = VulnDbImport.run(dbOption.path(), inputs, Instant.now());
            report(spec, common, result, start);
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Download the advisory exports listed under 'vuln: sources:' in .trusty.yaml (or given with",
                    "--source) and import them. The only command that uses the network."})
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        CommonOptions common;

        @CommandLine.Mixin
        DbOption dbOption;

        @Option(names = "--config", paramLabel = "FILE", description = "Config file with 'vuln: sources:' (default: .trusty.yaml if present).")
        Path config;

        @Option(names = "--source", paramLabel = "URL", description = "Export to download (repeatable); replaces the configured list.")
        List<String> sources;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "Per download (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Override
        public Integer call() {
            dev.trusty.vuln.VulnSettings settings = settings();
            List<String> urls = sources != null ? sources : settings.sources();
            Path db = dbOption.db != null ? dbOption.db : settings.database();
            long start = System.nanoTime();
            VulnDbImport.Result result = dev.trusty.vuln.db.VulnDbUpdate.run(db, urls, Duration.ofSeconds(timeoutSeconds), Instant.now());
            report(spec, common, result, start);
            return 0;
        }

        private dev.trusty.vuln.VulnSettings settings() {
            Path file = config != null ? config : Path.of(".trusty.yaml");
            if (config == null && !java.nio.file.Files.isRegularFile(file)) {
                return dev.trusty.vuln.VulnSettings.defaults();
            }
            return dev.trusty.vuln.VulnSettings.from(dev.trusty.core.ConfigLoader.load(file));
        }
    }

    static void report(CommandSpec spec, CommonOptions common, VulnDbImport.Result result, long start) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!common.quiet) {
            for (String warning : result.warnings()) {
                err.println("trusty: warning: " + warning);
            }
        }
        for (VulnDbImport.InputResult r : result.inputs()) {
            out.printf("%s (%s): %d added, %d updated, %d unchanged, %d removed%n",
                    r.input(), r.kind(), r.added(), r.updated(), r.unchanged(), r.removed());
        }
        out.printf(java.util.Locale.ROOT, "imported into %s in %.1f s%s%n", result.database(), (System.nanoTime() - start) / 1e9,
                result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " record(s) skipped");
        out.flush();
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show the database file, its record counts per source, its imports and their age.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        DbOption dbOption;

        @Option(names = "--max-age", paramLabel = "DAYS", defaultValue = "7",
                description = "Warn when the newest import is older than this many days (default: ${DEFAULT-VALUE}).")
        int maxAgeDays;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (VulnDb db = VulnDb.open(dbOption.path())) {
                VulnDb.Status status = db.status();
                out.printf("database: %s (%s)%n", status.file(), status.sizeBytes() >= 1_000_000
                        ? String.format(java.util.Locale.ROOT, "%.1f MB", status.sizeBytes() / 1e6) : (status.sizeBytes() + 999) / 1000 + " kB");
                out.println("records:");
                for (Map.Entry<String, Long> e : status.recordsBySource().entrySet()) {
                    out.printf("  %-16s %d%n", e.getKey(), e.getValue());
                }
                out.println("imports:");
                for (VulnDb.ImportEntry i : status.imports()) {
                    out.printf("  %s  %-15s %s  +%d ~%d =%d -%d%n", i.at().truncatedTo(ChronoUnit.SECONDS), i.source(), i.input(),
                            i.added(), i.updated(), i.unchanged(), i.removed());
                }
                status.imports().stream().map(VulnDb.ImportEntry::at).max(Instant::compareTo).ifPresent(last -> {
                    Duration age = Duration.between(last, Instant.now());
                    out.printf("age: %s since the last import%n", describe(age));
                    if (age.compareTo(Duration.ofDays(maxAgeDays)) > 0) {
                        spec.commandLine().getErr().printf("trusty: warning: the vulnerability data is %s old "
                                + "(more than %d days): import a newer export%n", describe(age), maxAgeDays);
                    }
                });
            }
            out.flush();
            return 0;
        }

        static String describe(Duration age) {
            if (age.toDays() >= 1) {
                return age.toDays() + (age.toDays() == 1 ? " day" : " days");
            }
            return age.toHours() + (age.toHours() == 1 ? " hour" : " hours");
        }
    }

    @Command(name = "vercmp", mixinStandardHelpOptions = true,
            description = "Compare two versions the way an ecosystem orders them; prints <, = or >.")
    static final class Vercmp implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--scheme", required = true, paramLabel = "SCHEME",
                description = "deb, apk, rpm, maven, npm, pypi, go or cargo.")
        String scheme;

        @Parameters(index = "0", paramLabel = "A")
        String a;

        @Parameters(index = "1", paramLabel = "B")
        String b;

        @Override
        public Integer call() {
            VersionScheme s = VersionScheme.byName(scheme).orElseThrow(() -> new InputException(
                    "unknown version scheme '" + scheme + "' (expected " + VersionScheme.names() + ")"));
            int c = s.compare(a, b);
            spec.commandLine().getOut().println(c < 0 ? "<" : c > 0 ? ">" : "=");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
