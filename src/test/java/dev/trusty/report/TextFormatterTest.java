package dev.trusty.report;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Report;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TextFormatterTest {
    private static final FormatOptions PLAIN = new FormatOptions(false, false, SampleReport.sources());

    private static String render(Report report, FormatOptions options) {
        return new TextFormatter(options).render(report);
    }

    @Test
    void printsEachFindingWithSeverityIdAliasLocationMessageExcerptHintAndFix() {
        String text = render(SampleReport.report(), PLAIN);

        assertThat(text).startsWith("app/Dockerfile (dockerfile): 4 findings, 2 suppressed\n");
        assertThat(text).contains("""
                  MEDIUM   TD007 [DL3007]  app/Dockerfile:1:13
                           'debian:latest' is not pinned
                              1 | FROM debian:latest
                                |             ^^^^^^
                           hint: Pin a version tag, and a digest for production images.
                           fix:  Pin the tag
                """);
    }

    @Test
    void underlineStaysUnderTheRangeWhenTheLineStartsWithATab() {
        assertThat(render(SampleReport.report(), PLAIN)).contains("""
                              3 |     apt-get install -y curl
                                |                        ^^^^
                """);
    }

    @Test
    void wholeLineFindingsUnderlineTheLineAndWholeFileFindingsHaveNoExcerpt() {
        String text = render(SampleReport.report(), PLAIN);
        assertThat(text).contains("""
                              4 | USER root
                                | ^^^^^^^^^
                """);
        assertThat(text).contains("  INFO     TD020 [CIS-DI-0006]  app/Dockerfile\n"
                + "           No HEALTHCHECK in the final stage\n"
                + "  MEDIUM");
    }

    @Test
    void everyLocationKindIsShownInItsOwnTargetGroup() {
        String text = render(SampleReport.report(), PLAIN);
        assertThat(text).contains("""
                example/app:1.0 (image): 2 findings
                  CRITICAL TI010 [CIS-DI-0010]  example/app:1.0 /etc/shadow (layer 2 3f1a5c0e9b2d)
                           /etc/shadow holds 2 password hashes
                           hint: Remove credentials from the image; use build secrets.
                  LOW      TD020 [CIS-DI-0006]  example/app:1.0 Config.Healthcheck
                """);
        assertThat(text).contains("""
                deploy/dé ploy/docker-compose.yml (compose): 1 finding
                  CRITICAL TC001 [CIS-5.4]  deploy/dé ploy/docker-compose.yml:4:17 (web services.web.privileged)
                           Service 'web' runs privileged
                              4 |     privileged: true
                                |                 ^^^^
                """);
        assertThat(text).contains("""
                web-1 (container): 1 finding
                  CRITICAL TC001 [CIS-5.4]  web-1 HostConfig.Privileged
                """);
        assertThat(text).contains("""
                host (host): 1 finding
                  HIGH     TH005 [CIS-2.6]  /etc/docker/daemon.json (hosts: tcp://0.0.0.0:2375)
                           dockerd listens on tcp://0.0.0.0:2375 without TLS
                           hint: Use the unix socket, or enable --tlsverify.
                           fix:  Restrict the daemon to its socket: dockerd -H unix:///var/run/docker.sock
                """);
        assertThat(text).contains("k8s/pod.yaml (kubernetes): no findings, 1 suppressed\n");
    }

    @Test
    void endsWithWarningsAndASummaryCountingEverySeverity() {
        String text = render(SampleReport.report(), PLAIN);
        assertThat(text).endsWith("""
                warning: skipped layer 3 of example/app:1.0: unreadable "tar" entry
                9 findings: 3 critical, 2 high, 1 medium, 2 low, 1 info (3 suppressed)
                """);
    }

    @Test
    void saysClearlyWhenThereIsNothingToReport() {
        assertThat(render(SampleReport.empty(), PLAIN)).isEqualTo("""
                app/Dockerfile (dockerfile): no findings, 3 suppressed
                No findings in 1 target (3 suppressed).
                """);
    }

    @Test
    void keepsMultiLineMessagesIndentedAndDisarmsTerminalEscapes() {
        String text = render(SampleReport.report(), PLAIN);
        assertThat(text).contains("""
                           USER is "root" <&> in stage 'büild' ✓
                           second line \\x1b[2J
                """);
        assertThat(text).doesNotContain("\u001b");
    }

    @Test
    void coloursSeveritiesOnlyWhenAsked() {
        assertThat(render(SampleReport.report(), PLAIN)).doesNotContain("\u001b[");
        String coloured = render(SampleReport.report(), PLAIN.withColor(true));
        assertThat(coloured).contains("\u001b[1;35mCRITICAL\u001b[0m", "\u001b[1;31mHIGH    \u001b[0m",
                "\u001b[1mTD007\u001b[0m");
        // the message's own ESC stays disarmed even in colour mode
        assertThat(coloured).contains("second line \\x1b[2J");
    }

    @Test
    void quietModePrintsOneLinePerFindingAndNothingElse() {
        String text = render(SampleReport.report(), PLAIN.withQuiet(true));
        assertThat(text.lines()).hasSize(9);
        assertThat(text.lines().toList()).contains(
                "MEDIUM TD007 [DL3007] app/Dockerfile:1:13: 'debian:latest' is not pinned",
                "HIGH TD002 [DL3002] app/Dockerfile:4:1: USER is \"root\" <&> in stage 'büild' ✓ second line \\x1b[2J");
        assertThat(text).doesNotContain("hint:", " | ", "findings:");
    }

    @Test
    void readsExcerptsFromRealFilesAndSkipsThemWhenTheFileIsGone(@TempDir Path dir) throws IOException {
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, SampleReport.DOCKERFILE_TEXT);
        Report report = single(Finding.of(SampleReport.LATEST,
                new Location.File(dockerfile.toString(), 1, 13, 1, 19), "'debian:latest' is not pinned"));
        FormatOptions fromDisk = FormatOptions.defaults();

        assertThat(render(report, fromDisk)).contains("1 | FROM debian:latest\n", "|             ^^^^^^\n");

        Files.delete(dockerfile);
        assertThat(render(report, FormatOptions.defaults()))
                .contains("'debian:latest' is not pinned\n")
                .doesNotContain(" | ");
    }

    @Test
    void survivesPositionsBeyondTheFileAndLongLines() {
        String longLine = "RUN " + "x".repeat(300) + " curl";
        SourceLines lines = SourceLines.of(Map.of("Dockerfile", "FROM scratch\n" + longLine + "\n"), SourceLines.none());
        Report report = single(
                Finding.of(SampleReport.APT_PIN, new Location.File("Dockerfile", 2, 306, 2, 310), "'curl' has no version"),
                Finding.of(SampleReport.APT_PIN, new Location.File("Dockerfile", 40, 1, 40, 5), "past the end"),
                Finding.of(SampleReport.APT_PIN, new Location.File("Dockerfile", 1, 80, 1, 90), "past the line end"));

        String text = render(report, new FormatOptions(false, false, lines));

        List<String> out = text.lines().toList();
        int row = out.indexOf(out.stream().filter(l -> l.contains(" curl") && l.contains("2 | ...")).findFirst().orElseThrow());
        String code = out.get(row);
        String caret = out.get(row + 1);
        assertThat(code.length()).isLessThan(150);
        assertThat(code.substring(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).isEqualTo("curl");
        assertThat(text).contains("past the end\n").contains("1 | FROM scratch\n");
    }

    @Test
    void multiLineRangesUnderlineEachLineAndStopAfterThree() {
        SourceLines lines = SourceLines.of(Map.of("Dockerfile", "RUN a && \\\n    b && \\\n    c && \\\n    d\n"), SourceLines.none());
        Report report = single(Finding.of(SampleReport.APT_PIN, new Location.File("Dockerfile", 1, 5, 4, 6), "long RUN"));

        assertThat(render(report, new FormatOptions(false, false, lines))).contains("""
                              1 | RUN a && \\
                                |     ^^^^^^
                              2 |     b && \\
                                |     ^^^^^^
                              3 |     c && \\
                                |     ^^^^^^
                                | ...
                """);
    }

    @Test
    void writesUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TextFormatter(PLAIN).write(SampleReport.report(), bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("büild' ✓");
    }

    @Test
    void colourFollowsTheTerminalTheFlagAndNoColor() {
        assertThat(FormatOptions.colorWanted(true, false, Map.of())).isTrue();
        assertThat(FormatOptions.colorWanted(false, false, Map.of())).isFalse();
        assertThat(FormatOptions.colorWanted(true, true, Map.of())).isFalse();
        assertThat(FormatOptions.colorWanted(true, false, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(FormatOptions.colorWanted(true, false, Map.of("NO_COLOR", ""))).isTrue();
    }

    private static Report single(Finding... findings) {
        RuleInfo rule = findings[0].rule();
        TargetReport target = new TargetReport(new Target(findings[0].location().target(), Target.Kind.DOCKERFILE),
                List.of(rule), List.of(findings), 0, Duration.ZERO);
        return new Report("trusty", "0.1.0", List.of(target), List.of(), Duration.ZERO);
    }

}
