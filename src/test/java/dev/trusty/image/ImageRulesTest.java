package dev.trusty.image;

import dev.trusty.core.Finding;
import dev.trusty.core.Policy;
import dev.trusty.core.RuleCatalog;
import dev.trusty.core.TargetReport;
import dev.trusty.image.TestArchives.Config;
import dev.trusty.image.TestArchives.Layer;
import dev.trusty.image.rules.ImageRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on small images that should and should not trigger it. */
class ImageRulesTest {
    @TempDir
    Path dir;

    private int count;

    List<Finding> check(Config config, Layer layer, String ruleId) {
        Path layout = TestArchives.directory(dir.resolve("img" + count++),
                new TestArchives.Oci().image(config, List.of(layer.tar()), List.of(layer.tar()), null, null).files());
        List<TargetReport> reports = new ImageAudit(Policy.defaults(), w -> { }).audit(layout, null);
        return reports.get(0).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static Layer accounts() {
        return new Layer().file("etc/passwd", "root:x:0:0::/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n", 0644)
                .file("etc/group", "root:x:0:\napp:x:1000:\n", 0644);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "root", "0", "0:0", "root:root", "toor", "0:1000"})
    void rootUserUnderEverySpelling(String user) {
        assertThat(check(new Config().user(user), accounts(), "TI001")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app", "1000", "1000:1000", "nobody"})
    void nonRootUsers(String user) {
        assertThat(check(new Config().user(user), accounts(), "TI001")).isEmpty();
    }

    @Test
    void healthcheckNoneIsAChoice() {
        assertThat(check(new Config().healthcheck("NONE"), accounts(), "TI002")).isEmpty();
        assertThat(check(new Config(), accounts(), "TI002")).hasSize(1);
    }

    @Test
    void addAfterTheBaseRootfsAndAddOfUrls() {
        Config config = new Config()
                .history("/bin/sh -c #(nop) ADD file:abc in / ", false)
                .history("ADD https://example.invalid/x.tgz /opt/ # buildkit", false)
                .history("/bin/sh -c #(nop) ADD file:def in /app ", false);
        List<Finding> found = check(config, accounts(), "TI003");
        assertThat(found).extracting(Finding::message)
                .containsExactlyInAnyOrder("ADD fetches a URL: ADD https://example.invalid/x.tgz /opt/", "ADD used: ADD file:def /app");
    }

    @Test
    void updateAloneVersusUpdateAndInstall() {
        Config config = new Config()
                .history("/bin/sh -c apt-get update", false)
                .history("/bin/sh -c apt-get update && apt-get install -y curl", false)
                .history("RUN /bin/sh -c apk update # buildkit", false)
                .history("RUN /bin/sh -c dnf makecache && dnf install -y x # buildkit", false);
        assertThat(check(config, accounts(), "TI004")).hasSize(2);
    }

    @Test
    void sudoAndDistUpgradeInHistory() {
        Config config = new Config()
                .history("/bin/sh -c sudo apt-get dist-upgrade -y", false)
                .history("/bin/sh -c echo sudo is just a word here", false);
        assertThat(check(config, accounts(), "TI005")).hasSize(1);
        assertThat(check(config, accounts(), "TI006")).hasSize(1);
    }

    @Test
    void packageCachesLeftBehind() {
        Layer layer = accounts().file("var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease", "x".repeat(2048), 0644)
                .file("var/lib/apt/lists/lock", "", 0640)
                .file("var/cache/apk/APKINDEX.abc.tar.gz", "y", 0644);
        assertThat(check(new Config(), layer, "TI007")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("/var/lib/apt/lists/ holds 1 file(s), 2 KiB"))
                .anySatisfy(m -> assertThat(m).startsWith("/var/cache/apk/ holds 1 file(s)"));
        assertThat(check(new Config(), accounts().dir("var/lib/apt/lists", 0755), "TI007")).isEmpty();
    }

    @Test
    void exposedPortsVolumesLabelsAndShellEntrypoint() {
        Config config = new Config().expose("22/tcp").expose("8080/tcp").volume("/var/run/docker.sock").volume("/data")
                .label("org.opencontainers.image.base.name", "docker.io/library/debian").cmd("/bin/sh", "-c", "run");
        assertThat(check(config, accounts(), "TI016")).singleElement().satisfies(f -> assertThat(f.message()).contains("SSH"));
        assertThat(check(config, accounts(), "TI015")).hasSize(1);
        assertThat(check(config, accounts(), "TI017")).hasSize(1);
        assertThat(check(config, accounts(), "TI018")).hasSize(1);
        assertThat(check(new Config().user("app").cmd("/bin/sh"), accounts(), "TI018")).isEmpty();
        assertThat(check(new Config().label("org.opencontainers.image.base.name", "debian:12.5"), accounts(), "TI017")).isEmpty();
    }

    @Test
    void accountDatabases() {
        Layer layer = new Layer()
                .file("etc/passwd", "root:x:0:0::/root:/bin/sh\nevil:x:0:0::/:/bin/sh\n", 0644)
                .file("etc/group", "root:x:0:\nwheel:x:0:\n", 0644)
                .file("etc/shadow", "root:*:1::::::\nevil::1::::::\n# comment::\n", 0640);
        assertThat(check(new Config(), layer, "TI019")).singleElement().satisfies(f -> assertThat(f.message()).contains("'evil'"));
        assertThat(check(new Config(), layer, "TI020")).hasSize(2);
    }

    @Test
    void needlessFilesReportedOncePerDirectory() {
        Layer layer = accounts().dir("app/.git", 0755).dir("app/.git/objects", 0755).file("app/.git/config", "[core]\n", 0644)
                .file("app/Dockerfile", "FROM scratch\n", 0644).dir("app/node_modules/x/.git", 0755);
        assertThat(check(new Config(), layer, "TI021")).extracting(f -> f.location().describe())
                .hasSize(2).anySatisfy(d -> assertThat(d).contains("/app/.git")).anySatisfy(d -> assertThat(d).contains("/app/Dockerfile"));
    }

    @Test
    void worldWritableFloodIsSummarised() {
        Layer layer = accounts();
        for (int i = 0; i < 70; i++) {
            layer.file("app/f" + i, "x", 0666);
        }
        List<Finding> found = check(new Config(), layer, "TI010");
        assertThat(found).hasSize(51);
        assertThat(found).anySatisfy(f -> assertThat(f.message()).startsWith("20 more world-writable"));
    }

    @Test
    void privateKeyInAPackageTreeIsStillASecret() {
        Layer layer = accounts().file("app/node_modules/lib/deploy.pem",
                dev.trusty.image.secrets.SecretScannerTest.pem(), 0644);
        assertThat(check(new Config(), layer, "TI013")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Private key").doesNotContain("MIG"));
        assertThat(check(new Config(), layer, "TI012")).isEmpty();
    }

    @Test
    void noFalseAlarmsOnACleanImage() {
        Layer layer = new Layer().file("etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n", 0644)
                .file("etc/group", "root:x:0:\napp:x:1000:\n", 0644)
                .file("etc/shadow", "root:*:1::::::\napp:!:1::::::\n", 0640)
                .file("app/server.conf", "listen = 8080\npassword_file = /run/secrets/db\n", 0644)
                .dir("tmp", 01777);
        Config config = new Config().user("app").healthcheck("CMD", "true").env("GPG_KEY=ABCDEF0123456789ABCDEF0123456789ABCDEF01",
                "KEYCLOAK_VERSION=24.0.1", "ACCESS_LOG=/var/log/access.log").cmd("/app/server");
        Path layout = TestArchives.directory(dir.resolve("clean"),
                new TestArchives.Oci().image(config, List.of(layer.tar()), List.of(layer.tar()), null, null).files());
        assertThat(new ImageAudit(Policy.defaults(), w -> { }).audit(layout, null).get(0).findings()).isEmpty();
    }

    @Test
    void everyRuleHasUniqueIdsAndIsFoundByItsAliases() {
        RuleCatalog catalog = new RuleCatalog(ImageRules.infos());
        assertThat(catalog.all()).hasSize(ImageRules.ALL.size());
        assertThat(catalog.lookup("CIS-DI-0001")).extracting(r -> r.id()).containsExactly("TI001");
        assertThat(catalog.lookup("DKL-DI-0005")).extracting(r -> r.id()).containsExactly("TI007");
        assertThat(catalog.lookup("CIS-DI-0010")).extracting(r -> r.id()).containsExactlyInAnyOrder("TI012", "TI013", "TI014");
        assertThat(ImageRules.infos()).allSatisfy(r -> assertThat(r.rationale()).isNotBlank())
                .allSatisfy(r -> assertThat(r.remediation()).isNotBlank());
    }

    @Test
    void ignoringARuleByItsDockleIdDropsIt() {
        Policy policy = new Policy(dev.trusty.core.TrustyConfig.DEFAULTS, List.of("CIS-DI-0006"), null);
        Path layout = TestArchives.directory(dir.resolve("ign"), new TestArchives.Oci()
                .image(new Config(), List.of(accounts().tar()), List.of(accounts().tar()), null, null).files());
        assertThat(new ImageAudit(policy, w -> { }).audit(layout, null).get(0).findings())
                .noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("TI002"));
    }

}
