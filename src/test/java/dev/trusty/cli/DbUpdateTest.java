package dev.trusty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db update} against a mirror served by a local HTTP server (no outside network). */
class DbUpdateTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void serveFixtures() throws Exception {
        Path resources = Path.of(getClass().getResource("/vuln").toURI());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = resources.resolve(exchange.getRequestURI().getPath().substring(1));
            if (Files.isRegularFile(file)) {
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void downloadsTheConfiguredSourcesAndImportsThem(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("vuln.db");
        Path config = Files.writeString(dir.resolve(".trusty.yaml"), """
                vuln:
                  db: %s
                  sources:
                    - %sdebian-tracker.json
                    - %s
                """.formatted(db, base, getClass().getResource("/vuln/alpine-v3.20-main.json").toURI()));
        Cli cli = Cli.run("db", "update", "--config", config.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("(debian-tracker): 11 added", "(alpine-secdb): 3 added", "imported into " + db);

        Cli status = Cli.run("db", "status", "--db", db.toString());
        assertThat(status.out()).contains("debian-tracker   11", "alpine-secdb     3");
    }

    @Test
    void aFailedDownloadLeavesTheDatabaseUnchanged(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("vuln.db");
        assertThat(Cli.run("db", "update", "--db", db.toString(), "--source", base + "debian-tracker.json").exitCode()).isZero();
        byte[] before = Files.readAllBytes(db);
        Cli failed = Cli.run("db", "update", "--db", db.toString(),
                "--source", base + "alpine-v3.20-main.json", "--source", base + "missing/all.zip");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).isEqualTo("trusty: " + base + "missing/all.zip: HTTP 404 (database unchanged)\n");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void withoutSourcesItSaysWhereToListThem(@TempDir Path dir) {
        Cli cli = Cli.run("db", "update", "--db", dir.resolve("v.db").toString(), "--config",
                dir.resolve("none.yaml").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("trusty: " + dir.resolve("none.yaml") + ": config file not found\n");
        Cli none = Cli.run("db", "update", "--db", dir.resolve("v.db").toString());
        assertThat(none.err()).startsWith("trusty: no sources to update from");
    }
}
