package dev.trusty.image.history;

import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.core.TargetReport;
import dev.trusty.core.TrustyConfig;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.image.ImageAudit;
import dev.trusty.image.TestArchives;
import dev.trusty.image.TestArchives.Config;
import dev.trusty.image.TestArchives.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Dockerfile rules over the history of images written here, with configs whose history the tests set. */
class HistoryLintTest {
    private static final Pattern INDEX = Pattern.compile("^history\\[(\\d+)] ");

    @TempDir
    Path dir;
    int count;

    /**
     * Classic and BuildKit entries, build args, an empty-layer entry, and entries that must not
     * count: the base rootfs ADD, MAINTAINER, sudo (TI005's), an unparseable COPY, a SHELL.
     */
    static Config riskyHistory() {
        return new Config().user("1000")
                .history("/bin/sh -c #(nop) ADD file:0a1b2c3d4e5f in / ", false)                           // 0, layer 0
                .history("/bin/sh -c #(nop)  CMD [\"sh\"]", true)                                           // 1
                .history("/bin/sh -c curl -fsSL https://get.example.com/install.sh | sh", false)           // 2, layer 1
                .history("|2 TOKEN=abc VERSION=1.2 /bin/sh -c apt-get update && apt-get install curl", false) // 3, layer 2
                .history("ADD https://example.com/tool.tar.gz /opt/ # buildkit", false)                   // 4, layer 3
                .history("RUN /bin/sh -c chmod 777 /x # buildkit", false)                                 // 5, layer 4
                .history("ENV DOCKER_CONTENT_TRUST=0", true)                                              // 6
                .history("RUN |1 V=2.31 /bin/sh -c pip install --no-cache-dir requests==${V} # buildkit", false) // 7, layer 5
                .history("/bin/sh -c #(nop)  MAINTAINER someone@example.com", true)                       // 8
                .history("/bin/sh -c #(nop) COPY", true)                                                  // 9: unparseable
                .history("SHELL [/bin/bash -o pipefail -c]", true)                                        // 10
                .history("RUN /bin/sh -c sudo apt-get install -y --no-install-recommends curl=7.88.1-10 # buildkit", false) // 11, layer 6
                .history("RUN /bin/sh -c set -e\napk add jq\n# a comment line\necho done # buildkit", false); // 12, layer 7
    }

    List<TargetReport> audit(Config config, int layers, Policy policy) {
        List<byte[]> tars = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            tars.add(new Layer().file("layer" + i + "/f", "content " + i, 0644).tar());
        }
        Path layout = TestArchives.directory(dir.resolve("img" + count++),
                new TestArchives.Oci().image(config, tars, tars, null, "hist:1").files());
        return new ImageAudit(policy, w -> { }).audit(layout, null);
    }

    static List<String> historyFindings(TargetReport report) {
        return report.findings().stream().filter(f -> f.rule().domain() == Domain.DOCKERFILE)
                .map(f -> f.ruleId() + "@" + index(f)).sorted().toList();
    }

    static int index(Finding f) {
        Matcher m = INDEX.matcher(((Location.ImagePath) f.location()).path());
        assertThat(m.find()).as("location %s", f.location().describe()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void riskyStepsAreReportedAtTheirHistoryEntries() {
        TargetReport report = audit(riskyHistory(), 8, Policy.defaults()).get(0);
        assertThat(historyFindings(report)).containsExactly(
                "TD008@3", "TD014@3", "TD015@3", "TD018@12", "TD204@4", "TD205@2", "TD211@5", "TD216@6");
        // The image rules keep their share: sudo and ADD are TI005's and TI003's, not DL3004's and DL3020's.
        assertThat(report.findings()).extracting(Finding::ruleId).contains("TI005", "TI003")
                .doesNotContain("TD005", "TD020", "TD070", "TD000", "TD078", "TD025", "TD003", "TD200");
    }

    @Test
    void findingsPointAtTheLayerTheEntryCreatedOrAtTheConfig() {
        TargetReport report = audit(riskyHistory(), 8, Policy.defaults()).get(0);
        Finding curl = only(report, "TD205");
        Location.ImagePath at = (Location.ImagePath) curl.location();
        assertThat(at.image()).isEqualTo("hist:1");
        assertThat(at.path()).isEqualTo("history[2] RUN curl -fsSL https://get.example.com/install.sh | sh");
        assertThat(at.layerIndex()).isEqualTo(1);
        assertThat(at.layerDigest()).startsWith("sha256:");
        assertThat(curl.message()).startsWith("history[2]: ");
        assertThat(curl.severity()).isEqualTo(Severity.HIGH);

        Location.ImagePath trust = (Location.ImagePath) only(report, "TD216").location();
        assertThat(trust.path()).isEqualTo("history[6] ENV DOCKER_CONTENT_TRUST=0");
        assertThat(trust.layerIndex()).isEqualTo(-1);
        assertThat(trust.layerDigest()).isNull();

        assertThat(((Location.ImagePath) only(report, "TD018").location()).layerIndex()).isEqualTo(7);
        assertThat(((Location.ImagePath) only(report, "TD211").location()).layerIndex()).isEqualTo(4);
    }

    @Test
    void keptRulesAreCheckedAndPolicyWorksThroughTheirAliases() {
        TargetReport all = audit(riskyHistory(), 8, Policy.defaults()).get(0);
        assertThat(all.rulesChecked()).extracting(RuleInfo::id).contains("TD008", "TD205", "TD211", "TI001")
                .doesNotContain("TD020", "TD070", "TD059");

        Policy policy = new Policy(new TrustyConfig(null, List.of(), Map.of("DL3014", Severity.CRITICAL), null,
                List.of(), List.of(), Map.of()), List.of("DL3008"), null);
        TargetReport tuned = audit(riskyHistory(), 8, policy).get(0);
        assertThat(historyFindings(tuned)).doesNotContain("TD008@3").contains("TD014@3");
        assertThat(tuned.rulesChecked()).extracting(RuleInfo::id).doesNotContain("TD008");
        assertThat(only(tuned, "TD014").severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void cleanHistoryAndABaseRootfsGiveNoDockerfileFindings() {
        Config clean = new Config().user("1000")
                .history("/bin/sh -c #(nop) ADD file:9f8e7d6c5b4a in / ", false)
                .history("/bin/sh -c #(nop)  CMD [\"/bin/sh\"]", true)
                .history("RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10"
                        + " && rm -rf /var/lib/apt/lists/* # buildkit", false)
                .history("COPY app /usr/local/bin/app # buildkit", false)
                .history("WORKDIR /srv", true)
                .history("EXPOSE map[8080/tcp:{}]", true)
                .history("ENTRYPOINT [\"/usr/local/bin/app\"]", true);
        assertThat(historyFindings(audit(clean, 3, Policy.defaults()).get(0))).isEmpty();

        Config baseOnly = new Config().history("/bin/sh -c #(nop) ADD file:9f8e7d6c5b4a in / ", false)
                .history("/bin/sh -c #(nop)  CMD [\"sh\"]", true);
        TargetReport base = audit(baseOnly, 1, Policy.defaults()).get(0);
        assertThat(historyFindings(base)).isEmpty();
        assertThat(base.findings()).extracting(Finding::ruleId).doesNotContain("TI003");
    }

    @Test
    void secretsInTheInstructionAreMaskedInLocationAndMessage() {
        String body = "TrustyTestFixtureNotARealTok0n";
        String token = "gh" + "p_" + body + dev.trusty.image.secrets.Checks.base62Crc(body);
        Config config = new Config().user("1000")
                .history("RUN /bin/sh -c curl -H \"Authorization: token " + token + "\" https://x.example/i.sh | sh # buildkit", false)
                .history("ENV DOCKER_CONTENT_TRUST=0 DB_PASSWORD=hunter2-not-real", true)
                .history("RUN /bin/sh -c echo caf\u00e9 && curl -H \"x: " + token + "\" https://x.example/i.sh | sh # buildkit", false);
        TargetReport report = audit(config, 2, Policy.defaults()).get(0);
        assertThat(historyFindings(report)).containsExactly("TD205@0", "TD205@2", "TD216@1");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.location().describe() + " " + f.message())
                .doesNotContain(body).doesNotContain("hunter2"));
        List<String> paths = report.findings().stream().filter(f -> f.rule().domain() == Domain.DOCKERFILE)
                .map(f -> ((Location.ImagePath) f.location()).path()).sorted().toList();
        assertThat(paths).containsExactly(
                "history[0] RUN curl -H \"Authorization: token ****\" https://x.example/i.sh | sh",
                "history[1] ENV DOCKER_CONTENT_TRUST=0 DB_PASSWORD=****",
                "history[2] RUN (holds a secret: see TI014)");
        // TI014 still reports the secrets themselves, masked.
        assertThat(report.findings()).extracting(Finding::ruleId).contains("TI014");
    }

    /**
     * Trivy runs its DS checks on history too, except DS007 and DS016 (several ENTRYPOINTs or CMDs: the
     * history of a derived image holds its base's). Ours drops TD074 and TD073 likewise; the DS alias of a
     * kept rule (DS030 on TD122) works on history as in a Dockerfile.
     */
    @Test
    void trivyAliasesOnHistorySkipRepeatedCmdAndEntrypointAsTrivyDoes() {
        Config layered = new Config().user("1000")
                .history("/bin/sh -c #(nop) ADD file:9f8e7d6c5b4a in / ", false)
                .history("/bin/sh -c #(nop)  ENTRYPOINT [\"/docker-entrypoint.sh\"]", true)
                .history("/bin/sh -c #(nop)  CMD [\"sh\"]", true)
                .history("WORKDIR /proc/app", true)
                .history("ENTRYPOINT [\"/usr/local/bin/app\"]", true)
                .history("CMD [\"serve\"]", true);
        TargetReport report = audit(layered, 1, Policy.defaults()).get(0);
        assertThat(historyFindings(report)).containsExactly("TD122@3");
        assertThat(report.findings()).filteredOn(f -> f.rule().domain() == Domain.DOCKERFILE)
                .allSatisfy(f -> assertThat(f.rule().aliases()).contains("DS030"));

        Policy trivyIgnore = new Policy(TrustyConfig.DEFAULTS, List.of("DS030"), null);
        assertThat(historyFindings(audit(layered, 1, trivyIgnore).get(0))).isEmpty();
    }

    @Test
    void everyDockerfileRuleIsEitherKeptOrDroppedWithAReason() {
        List<String> ids = DockerfileLinter.catalogue().stream().map(RuleInfo::id).toList();
        assertThat(ids).allSatisfy(id -> assertThat(HistoryRuleSelection.KEPT.containsKey(id)
                ^ HistoryRuleSelection.DROPPED.containsKey(id)).as(id).isTrue());
        assertThat(ids).containsAll(HistoryRuleSelection.KEPT.keySet()).containsAll(HistoryRuleSelection.DROPPED.keySet());
        assertThat(HistoryRuleSelection.KEPT.values()).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(HistoryRuleSelection.DROPPED.values()).allSatisfy(r -> assertThat(r).isNotBlank());
    }

    private static Finding only(TargetReport report, String id) {
        List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }
}
