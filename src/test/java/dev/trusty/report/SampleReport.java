package dev.trusty.report;

import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.Fix;
import dev.trusty.core.Location;
import dev.trusty.core.Report;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A realistic report for the formatter tests: every location kind, a passing rule, a target
 * without findings, a fix of each kind, a warning, and text that needs escaping everywhere
 * (quotes, newlines, non-ASCII, XML specials, a terminal escape).
 */
final class SampleReport {
    static final String DOCKERFILE = "app/Dockerfile";
    static final String COMPOSE = "deploy/dé ploy/docker-compose.yml";
    static final String IMAGE = "example/app:1.0";

    /** Line 3 starts with a tab so the excerpt must expand it to keep the caret aligned. */
    static final String DOCKERFILE_TEXT = """
            FROM debian:latest
            RUN apt-get update && \\
            \tapt-get install -y curl
            USER root
            """;
    static final String COMPOSE_TEXT = """
            services:
              web:
                image: nginx
                privileged: true
            """;

    static final RuleInfo LATEST = RuleInfo.of("TD007", Domain.DOCKERFILE, "Base image uses 'latest'", Severity.MEDIUM)
            .hadolint("DL3007").cis("4.2")
            .why("Builds stop being reproducible when 'latest' moves.")
            .fix("Pin a version tag, and a digest for production images.");
    static final RuleInfo APT_PIN = RuleInfo.of("TD012", Domain.DOCKERFILE, "Pin versions in apt-get install", Severity.LOW)
            .hadolint("DL3008").tags("apt", "reproducibility")
            .why("Unpinned packages change under you.")
            .fix("Install package=version.");
    static final RuleInfo ROOT_USER = RuleInfo.of("TD002", Domain.DOCKERFILE, "Last USER is root", Severity.HIGH)
            .hadolint("DL3002").cis("4.1").cwe(250)
            .why("A process running as root in the container is root on the host if it escapes.")
            .fix("Add 'USER 10001' (or a named user) after the last step that needs root.");
    static final RuleInfo HEALTHCHECK = RuleInfo.of("TD020", Domain.DOCKERFILE, "No HEALTHCHECK", Severity.INFO)
            .dockle("CIS-DI-0006").why("Orchestrators cannot tell a hung container from a healthy one.");
    static final RuleInfo SUDO = RuleInfo.of("TD011", Domain.DOCKERFILE, "Do not use sudo", Severity.MEDIUM)
            .hadolint("DL3004");
    static final RuleInfo SHADOW = RuleInfo.of("TI010", Domain.IMAGE, "Password hashes readable in image", Severity.CRITICAL)
            .dockle("CIS-DI-0010").trivy("AVD-DS-0031")
            .why("Anyone who can pull the image can crack the hashes offline.")
            .fix("Remove credentials from the image; use build secrets.");
    static final RuleInfo PRIVILEGED = RuleInfo.of("TC001", Domain.CONTAINER, "Privileged container", Severity.CRITICAL)
            .cis("5.4").podSecurity("privileged").cwe(250)
            .why("A privileged container can take over the host.")
            .fix("Drop 'privileged: true'; add only the capabilities needed.");
    static final RuleInfo DAEMON_TCP = RuleInfo.of("TH005", Domain.HOST, "Daemon listens on TCP without TLS", Severity.HIGH)
            .cis("2.6").why("Anyone on the network gets root on the host.")
            .fix("Use the unix socket, or enable --tlsverify.");

    /** Quotes, a newline, non-ASCII, XML specials and an ESC that a terminal would obey. */
    static final String TRICKY_MESSAGE = "USER is \"root\" <&> in stage 'büild' ✓\nsecond line \u001b[2J";

    private SampleReport() {
    }

    static SourceLines sources() {
        return SourceLines.of(Map.of(DOCKERFILE, DOCKERFILE_TEXT, COMPOSE, COMPOSE_TEXT), SourceLines.none());
    }

    static Report report() {
        TargetReport dockerfile = new TargetReport(new Target(DOCKERFILE, Target.Kind.DOCKERFILE),
                List.of(LATEST, APT_PIN, ROOT_USER, HEALTHCHECK, SUDO),
                List.of(
                        Finding.of(LATEST, new Location.File(DOCKERFILE, 1, 13, 1, 19), "'debian:latest' is not pinned")
                                .withFix(Fix.edits("Pin the tag", new Fix.Edit(1, 13, 1, 19, "12.8"))),
                        Finding.of(APT_PIN, new Location.File(DOCKERFILE, 3, 21, 3, 25), "'curl' has no version"),
                        Finding.of(ROOT_USER, Location.File.line(DOCKERFILE, 4), TRICKY_MESSAGE),
                        Finding.of(HEALTHCHECK, Location.File.whole(DOCKERFILE), "No HEALTHCHECK in the final stage")),
                2, Duration.ofMillis(12));
        TargetReport image = new TargetReport(new Target(IMAGE, Target.Kind.IMAGE),
                List.of(SHADOW, HEALTHCHECK),
                List.of(
                        Finding.of(SHADOW, new Location.ImagePath(IMAGE, "/etc/shadow", 2,
                                "sha256:3f1a5c0e9b2d4a6f8e7c1b0a9d8c7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d"), "/etc/shadow holds 2 password hashes"),
                        Finding.of(HEALTHCHECK, Location.ImagePath.config(IMAGE, "Config.Healthcheck"), "The image config has no health check")
                                .withSeverity(Severity.LOW)),
                0, Duration.ofMillis(340));
        TargetReport compose = new TargetReport(new Target(COMPOSE, Target.Kind.COMPOSE),
                List.of(PRIVILEGED),
                List.of(Finding.of(PRIVILEGED, new Location.ContainerField("web", "services.web.privileged",
                        new Location.File(COMPOSE, 4, 17, 4, 21)), "Service 'web' runs privileged")),
                0, Duration.ofMillis(3));
        TargetReport live = new TargetReport(new Target("web-1", Target.Kind.CONTAINER),
                List.of(PRIVILEGED),
                List.of(Finding.of(PRIVILEGED, new Location.ContainerField("web-1", "HostConfig.Privileged", null),
                        "Container 'web-1' runs privileged")),
                0, Duration.ofMillis(1));
        TargetReport host = new TargetReport(new Target("host", Target.Kind.HOST),
                List.of(DAEMON_TCP),
                List.of(Finding.of(DAEMON_TCP, new Location.Host("/etc/docker/daemon.json", "hosts: tcp://0.0.0.0:2375"),
                                "dockerd listens on tcp://0.0.0.0:2375 without TLS")
                        .withFix(Fix.command("Restrict the daemon to its socket", "dockerd -H unix:///var/run/docker.sock"))),
                0, Duration.ofMillis(40));
        TargetReport clean = new TargetReport(new Target("k8s/pod.yaml", Target.Kind.KUBERNETES),
                List.of(PRIVILEGED), List.of(), 1, Duration.ofMillis(2));
        return new Report("trusty", "0.1.0", List.of(dockerfile, image, compose, live, host, clean),
                List.of("skipped layer 3 of example/app:1.0: unreadable \"tar\" entry"), Duration.ofMillis(420));
    }

    static Report empty() {
        TargetReport clean = new TargetReport(new Target(DOCKERFILE, Target.Kind.DOCKERFILE),
                List.of(LATEST, APT_PIN), List.of(), 3, Duration.ofMillis(5));
        return new Report("trusty", "0.1.0", List.of(clean), List.of(), Duration.ofMillis(9));
    }
}
