package dev.trusty.host.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.Severity;
import dev.trusty.host.facts.FileFact;
import dev.trusty.host.facts.GroupMembers;
import dev.trusty.host.facts.HostFacts;

import java.util.ArrayList;
import java.util.List;

/** Section 1, host configuration, beyond the audit rules. */
final class SectionOneChecks {
    private SectionOneChecks() {
    }

    /** 1.1.1: the data root is its own mount, so containers filling it cannot fill the host's /. */
    static final class SeparatePartition extends BaseCheck {
        SeparatePartition() {
            super("TH001", "1.1.1", "Ensure a separate partition for containers has been created", Severity.LOW,
                    "Images and containers grow under the data root; on the root file system they can fill it and stop the host.",
                    "Create a separate partition (or logical volume) and mount it at the data root (/var/lib/docker) before Docker stores data there.");
        }

        @Override
        public boolean readsLocalHost() {
            return true;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            String dataRoot = facts.engine().map(e -> e.info().path("DockerRootDir").asText(""))
                    .filter(s -> !s.isEmpty()).orElse(facts.file(HostFacts.Role.DATA_ROOT).map(FileFact::path).orElse("/var/lib/docker"));
            String checked = dataRoot;
            if (facts.settings().get("userns-remap").isPresent() && dataRoot.matches(".*/\\d+\\.\\d+$")) {
                // with userns-remap the engine reports <root>/<uid>.<gid>; the partition is the parent
                checked = dataRoot.substring(0, dataRoot.lastIndexOf('/'));
            }
            if (facts.mountPoints().isEmpty()) {
                return CheckResult.skipped("/proc/mounts could not be read");
            }
            if (facts.mountPoints().contains(checked)) {
                return CheckResult.pass(checked + " is a mount point", new Evidence(checked, "listed in /proc/mounts"));
            }
            return CheckResult.warn(checked + " is on the same file system as its parent",
                    new Evidence(checked, "not a mount point in /proc/mounts"));
        }
    }

    /** 1.1.2: who can drive the daemon (docker group = root on the host). */
    static final class TrustedUsers extends BaseCheck {
        TrustedUsers() {
            super("TH002", "1.1.2", "Ensure only trusted users are allowed to control Docker daemon", Severity.MEDIUM,
                    "Members of the docker group can start a privileged container and so are root on the host.",
                    "Remove users who must not be root from the docker group: gpasswd -d USER docker.");
        }

        @Override
        public boolean readsLocalHost() {
            return true;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            GroupMembers group = facts.dockerGroup();
            if (!group.exists()) {
                return CheckResult.pass("there is no docker group; only root can use the socket",
                        new Evidence("/etc/group", "no docker group"));
            }
            if (group.all().isEmpty()) {
                return CheckResult.pass("the docker group (gid " + group.gid() + ") has no members",
                        new Evidence("/etc/group", "docker:" + group.gid() + " has no members"));
            }
            List<Evidence> items = new ArrayList<>();
            group.listed().forEach(u -> items.add(new Evidence(u, "member of docker in /etc/group")));
            group.primary().stream().filter(u -> !group.listed().contains(u))
                    .forEach(u -> items.add(new Evidence(u, "docker is the primary group in /etc/passwd")));
            if (facts.trustedUsers().isEmpty()) {
                return CheckResult.info("these users control the daemon (root-equivalent); verify each is trusted, "
                        + "or name the trusted ones with --trusted-users", items);
            }
            List<Evidence> untrusted = items.stream().filter(i -> !facts.trustedUsers().contains(i.subject())).toList();
            return untrusted.isEmpty() ? CheckResult.pass("every docker group member is in the trusted list", items.toArray(new Evidence[0]))
                    : CheckResult.warn("users outside the trusted list control the daemon", untrusted);
        }
    }

    /** 1.2.2: the engine is a supported release. */
    static final class UpToDate extends BaseCheck {
        UpToDate() {
            super("TH020", "1.2.2", "Ensure that the version of Docker is up to date", Severity.LOW,
                    "Old engines miss security fixes (runc and containerd escapes, API bugs).",
                    "Upgrade to a maintained Docker release, or keep your distribution's package patched.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            JsonNode version = facts.engine().get().version();
            String server = version.path("Version").asText(facts.engine().get().info().path("ServerVersion").asText(""));
            if (server.isEmpty()) {
                return CheckResult.skipped("the engine did not report its version");
            }
            int major = leadingNumber(server);
            Evidence evidence = new Evidence("engine", "server version " + server + ", API " + version.path("ApiVersion").asText("?"));
            if (major > 0 && major <= 20) {
                return CheckResult.warn("Docker " + server + " is a release line upstream no longer maintains "
                        + "(20.10 ended in 2023); unless your distribution backports fixes, upgrade", evidence);
            }
            return CheckResult.info("Docker " + server + ": compare with the current releases of your distribution or Docker",
                    evidence);
        }

        private static int leadingNumber(String s) {
            int i = 0;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            return i == 0 ? -1 : Integer.parseInt(s.substring(0, i));
        }
    }
}
