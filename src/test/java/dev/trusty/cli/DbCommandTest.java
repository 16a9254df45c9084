package dev.trusty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

    @Test
    void vercmpPrintsTheOrderPerScheme() {
        assertThat(Cli.run("db", "vercmp", "--scheme", "deb", "3.0.15-1~deb12u1", "3.0.15-1").out()).isEqualTo("<\n");
        assertThat(Cli.run("db", "vercmp", "--scheme", "rpm", "1.0rc1", "1.0").out()).isEqualTo(">\n");
        assertThat(Cli.run("db", "vercmp", "--scheme", "maven", "1.0-rc-1", "1.0-cr-1").out()).isEqualTo("=\n");
        assertThat(Cli.run("db", "vercmp", "--scheme", "pypi", "1.0.post1.dev1", "1.0.post1").out()).isEqualTo("<\n");
    }

    @Test
    void unknownSchemeIsAOneLineInputError() {
        Cli cli = Cli.run("db", "vercmp", "--scheme", "nuget", "1", "2");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("trusty: unknown version scheme 'nuget' "
                + "(expected deb, apk, rpm, maven, npm, pypi, go, cargo)\n");
    }

    @Test
    void importThenStatus(@TempDir Path dir) throws Exception {
        Path resources = Path.of(getClass().getResource("/vuln").toURI());
        Path db = dir.resolve("v.db");
        Cli imported = Cli.run("db", "import", "--db", db.toString(),
                resources.resolve("debian-tracker.json").toString(), resources.resolve("alpine-v3.20-main.json").toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains(resources.resolve("debian-tracker.json")
                + " (debian-tracker): 11 added, 0 updated, 0 unchanged, 0 removed");
        assertThat(imported.err()).contains("trusty: warning: " + resources.resolve("alpine-v3.20-main.json")
                + ": skipped a malformed package entry without a name");

        Cli status = Cli.run("db", "status", "--db", db.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("database: " + db, "  alpine-secdb     3", "  debian-tracker   11",
                "debian-tracker  " + resources.resolve("debian-tracker.json") + "  +11 ~0 =0 -0", "age: 0 hours");
        assertThat(status.err()).isEmpty();
    }

    @Test
    void theDefaultDatabaseLivesInTheCacheDirectory() {
        Cli cli = Cli.run("db", "status", "--help");
        assertThat(cli.out()).contains("--db=FILE", "$XDG_CACHE_HOME/trusty/vuln.db");
        assertThat(new DbCommand.DbOption().path()).isEqualTo(dev.trusty.vuln.db.VulnDb.defaultPath());
        assertThat(dev.trusty.vuln.db.VulnDb.defaultPath().endsWith(Path.of("trusty", "vuln.db"))).isTrue();
    }

    @Test
    void statusWithoutADatabaseSaysHowToGetOne(@TempDir Path dir) {
        Cli cli = Cli.run("db", "status", "--db", dir.resolve("none.db").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("trusty: " + dir.resolve("none.db")
                + ": no vulnerability database (run 'trusty db import' first)\n");
    }
}
