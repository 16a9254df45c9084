package dev.trusty.host.checks;

import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.host.facts.FileFact;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.HostFacts.Role;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static dev.trusty.host.checks.FileCheck.modeAtMost;
import static dev.trusty.host.checks.FileCheck.owner;
import static dev.trusty.host.checks.FileCheck.role;

/**
 * Every host check of the bench, in Docker Bench's order (sections 1–4, 5.1, 6, 7, then
 * Trusty-only checks and the community group). Section 5's container checks come from the
 * container rules through {@link dev.trusty.host.bench.ContainerSection}.
 */
public final class HostChecks {
    private HostChecks() {
    }

    private static final String FILE_WHY = "Whoever can change this file can change how the daemon runs, and the daemon runs as root.";
    private static final String CERT_WHY = "Whoever can replace a CA or certificate can make the daemon or client trust a host they control.";
    private static final String KEY_WHY = "The daemon's TLS private key lets whoever reads it impersonate the daemon.";
    private static final String SOCK_WHY = "Write access to the socket is full control of the daemon, which is root on the host.";

    private static Function<HostFacts, FileFact> file(Role r) {
        return f -> f.file(r).orElse(FileFact.missing(r.name()));
    }

    private static AuditCheck audit(String id, String bench, String what, Function<HostFacts, FileFact> target) {
        return new AuditCheck(id, bench, what, target);
    }

    private static AuditCheck auditProgram(String id, String bench, String program) {
        return audit(id, bench, program, f -> f.program(program));
    }

    private static FileCheck owned(String id, String bench, String what, Role role, String user, String group, String why) {
        String chown = "chown " + user + ":" + group + " <path>";
        return new FileCheck(id, bench, "Ensure that " + what + " ownership is set to " + user + ":" + group, Severity.MEDIUM,
                why, chown + " (" + what + ")", role(role), what + " is not configured", owner(user, group));
    }

    private static FileCheck mode(String id, String bench, String what, Role role, int max, Severity sev, String why) {
        String chmod = "chmod " + Integer.toOctalString(max) + " <path>";
        return new FileCheck(id, bench, "Ensure that " + what + " permissions are set to " + Integer.toOctalString(max)
                + " or more restrictively", sev, why, chmod + " (" + what + ")", role(role), what + " is not configured", modeAtMost(max));
    }

    public static final List<HostCheck> ALL = List.of(
            // 1 Host configuration
            new SectionOneChecks.SeparatePartition(),
            new SectionOneChecks.TrustedUsers(),
            audit("TH003", "1.1.3", "the Docker daemon", f -> f.program("dockerd")),
            audit("TH004", "1.1.4", "Docker files and directories - /run/containerd", file(Role.RUN_CONTAINERD)),
            audit("TH005", "1.1.5", "Docker files and directories - /var/lib/docker", file(Role.DATA_ROOT)),
            audit("TH006", "1.1.6", "Docker files and directories - /etc/docker", file(Role.ETC_DOCKER)),
            audit("TH007", "1.1.7", "Docker files and directories - docker.service", file(Role.DOCKER_SERVICE)),
            audit("TH008", "1.1.8", "Docker files and directories - containerd.sock", file(Role.CONTAINERD_SOCK)),
            audit("TH009", "1.1.9", "Docker files and directories - docker.socket", file(Role.DOCKER_SOCKET_UNIT)),
            audit("TH010", "1.1.10", "Docker files and directories - /etc/default/docker", file(Role.ETC_DEFAULT_DOCKER)),
            audit("TH011", "1.1.11", "Docker files and directories - /etc/docker/daemon.json", file(Role.DAEMON_JSON)),
            audit("TH012", "1.1.12", "Docker files and directories - /etc/containerd/config.toml", file(Role.CONTAINERD_CONFIG)),
            audit("TH013", "1.1.13", "Docker files and directories - /etc/sysconfig/docker", file(Role.ETC_SYSCONFIG_DOCKER)),
            auditProgram("TH014", "1.1.14", "containerd"),
            auditProgram("TH015", "1.1.15", "containerd-shim"),
            auditProgram("TH016", "1.1.16", "containerd-shim-runc-v1"),
            auditProgram("TH017", "1.1.17", "containerd-shim-runc-v2"),
            auditProgram("TH018", "1.1.18", "runc"),
            new ManualCheck("TH019", "1.2.1", "Ensure the container host has been Hardened",
                    "A container shares the host's kernel; a weak host undoes container isolation.",
                    "Harden the host OS against a benchmark for it (e.g. the CIS benchmark of your distribution): minimal packages, "
                            + "patched kernel, SSH and firewall configured, only container workloads running. Record the benchmark and its result."),
            new SectionOneChecks.UpToDate(),
            // 2 Docker daemon configuration
            new DaemonChecks.RootlessDaemon(),
            new DaemonChecks.InterContainerTraffic(),
            new DaemonChecks.LogLevel(),
            new DaemonChecks.Iptables(),
            new DaemonChecks.InsecureRegistries(),
            new DaemonChecks.StorageDriver("TH026", "2.6", "aufs", "Ensure aufs storage driver is not used"),
            new DaemonChecks.TlsAuthentication(),
            new DaemonChecks.DefaultUlimits(),
            new DaemonChecks.UsernsRemap(),
            new DaemonChecks.CgroupParent(),
            new DaemonChecks.BaseDeviceSize(),
            new DaemonChecks.AuthorizationPlugin(),
            new DaemonChecks.CentralLogging(),
            new DaemonChecks.NoNewPrivileges(),
            new DaemonChecks.LiveRestore(),
            new DaemonChecks.UserlandProxy(),
            new DaemonChecks.SeccompProfile(),
            new DaemonChecks.Experimental(),
            // 3 Docker daemon configuration files
            owned("TH039", "3.1", "the docker.service file", Role.DOCKER_SERVICE, "root", "root", FILE_WHY),
            mode("TH040", "3.2", "the docker.service file", Role.DOCKER_SERVICE, 0644, Severity.MEDIUM, FILE_WHY),
            owned("TH041", "3.3", "the docker.socket file", Role.DOCKER_SOCKET_UNIT, "root", "root", FILE_WHY),
            mode("TH042", "3.4", "the docker.socket file", Role.DOCKER_SOCKET_UNIT, 0644, Severity.MEDIUM, FILE_WHY),
            owned("TH043", "3.5", "the /etc/docker directory", Role.ETC_DOCKER, "root", "root", FILE_WHY),
            mode("TH044", "3.6", "the /etc/docker directory", Role.ETC_DOCKER, 0755, Severity.MEDIUM, FILE_WHY),
            new FileCheck("TH045", "3.7", "Ensure that registry certificate file ownership is set to root:root", Severity.MEDIUM,
                    CERT_WHY, "chown root:root /etc/docker/certs.d/<registry>/*", HostFacts::registryCerts,
                    "no registry certificate under /etc/docker/certs.d", owner("root", "root")),
            new FileCheck("TH046", "3.8", "Ensure that registry certificate file permissions are set to 444 or more restrictively",
                    Severity.MEDIUM, CERT_WHY, "chmod 444 /etc/docker/certs.d/<registry>/*", HostFacts::registryCerts,
                    "no registry certificate under /etc/docker/certs.d", modeAtMost(0444)),
            owned("TH047", "3.9", "the TLS CA certificate file (tlscacert)", Role.TLS_CA_CERT, "root", "root", CERT_WHY),
            mode("TH048", "3.10", "the TLS CA certificate file (tlscacert)", Role.TLS_CA_CERT, 0444, Severity.MEDIUM, CERT_WHY),
            owned("TH049", "3.11", "the Docker server certificate file (tlscert)", Role.TLS_CERT, "root", "root", CERT_WHY),
            mode("TH050", "3.12", "the Docker server certificate file (tlscert)", Role.TLS_CERT, 0444, Severity.MEDIUM, CERT_WHY),
            owned("TH051", "3.13", "the Docker server certificate key file (tlskey)", Role.TLS_KEY, "root", "root", KEY_WHY),
            mode("TH052", "3.14", "the Docker server certificate key file (tlskey)", Role.TLS_KEY, 0400, Severity.HIGH, KEY_WHY),
            owned("TH053", "3.15", "the Docker socket file", Role.DOCKER_SOCK, "root", "docker", SOCK_WHY),
            mode("TH054", "3.16", "the Docker socket file", Role.DOCKER_SOCK, 0660, Severity.HIGH, SOCK_WHY),
            owned("TH055", "3.17", "the daemon.json file", Role.DAEMON_JSON, "root", "root", FILE_WHY),
            mode("TH056", "3.18", "the daemon.json file", Role.DAEMON_JSON, 0644, Severity.MEDIUM, FILE_WHY),
            owned("TH057", "3.19", "the /etc/default/docker file", Role.ETC_DEFAULT_DOCKER, "root", "root", FILE_WHY),
            mode("TH058", "3.20", "the /etc/default/docker file", Role.ETC_DEFAULT_DOCKER, 0644, Severity.MEDIUM, FILE_WHY),
            mode("TH059", "3.21", "the /etc/sysconfig/docker file", Role.ETC_SYSCONFIG_DOCKER, 0644, Severity.MEDIUM, FILE_WHY),
            owned("TH060", "3.22", "the /etc/sysconfig/docker file", Role.ETC_SYSCONFIG_DOCKER, "root", "root", FILE_WHY),
            owned("TH061", "3.23", "the containerd socket file", Role.CONTAINERD_SOCK, "root", "root", SOCK_WHY),
            mode("TH062", "3.24", "the containerd socket file", Role.CONTAINERD_SOCK, 0660, Severity.HIGH, SOCK_WHY),
            // 4 Container images and build file
            new OperationsChecks.ContainerUser(),
            new ManualCheck("TH064", "4.2", "Ensure that containers use only trusted base images",
                    "An untrusted base image runs its publisher's code with your data.",
                    "List base images (docker image ls; FROM lines of your Dockerfiles) and confirm each comes from an official or "
                            + "internal registry you trust, pinned by digest; `trusty dockerfile` flags unpinned FROM lines."),
            new ManualCheck("TH065", "4.3", "Ensure that unnecessary packages are not installed in the container",
                    "Every extra package is attack surface and a source of vulnerabilities.",
                    "For each image, list installed packages (e.g. docker run --rm IMAGE dpkg -l / apk info) and remove what the "
                            + "service does not need; prefer slim or distroless bases."),
            new ManualCheck("TH066", "4.4", "Ensure images are scanned and rebuilt to include security patches",
                    "Images freeze their packages; without rebuilds they collect known vulnerabilities.",
                    "Scan every image on a schedule (trusty image / a vulnerability scanner), rebuild with --pull --no-cache when fixes exist, "
                            + "and re-create the containers."),
            new OperationsChecks.ContentTrust(),
            new OperationsChecks.ImageHealthcheck(),
            new OperationsChecks.HistoryCheck("TH069", "4.7", "Ensure update instructions are not used alone in the Dockerfile",
                    "A cached 'apt-get update' layer alone makes later installs use stale package lists.",
                    "Combine update and install in one RUN: RUN apt-get update && apt-get install -y ...",
                    Pattern.compile("\\b(apt-get|apt|yum|dnf|apk|zypper)\\s+(update|upgrade)\\b"),
                    Pattern.compile("\\b(install|add)\\b"), false, "layers that update package lists without installing in the same step"),
            new ManualCheck("TH070", "4.8", "Ensure setuid and setgid permissions are removed",
                    "setuid and setgid programs are the usual way to escalate inside a container.",
                    "List them: docker run --rm --entrypoint find IMAGE / -perm /6000 -type f; remove the bits in the Dockerfile "
                            + "(RUN find / -perm /6000 -type f -exec chmod a-s {} + || true); `trusty image` reports them per layer."),
            new OperationsChecks.HistoryCheck("TH071", "4.9", "Ensure that COPY is used instead of ADD in Dockerfiles",
                    "ADD fetches URLs and unpacks archives implicitly; COPY does only what it says.",
                    "Replace ADD with COPY (and curl/wget with checksum verification for remote files).",
                    Pattern.compile("(^|\\s|#\\(nop\\)\\s*)ADD\\s"), null, true, "layers built with ADD"),
            new OperationsChecks.SecretsInEnv(),
            new ManualCheck("TH073", "4.11", "Ensure only verified packages are installed",
                    "Packages installed without signature checks can be swapped in transit.",
                    "Check Dockerfiles for --allow-unauthenticated, --nogpgcheck, curl | sh and unpinned downloads; `trusty dockerfile` flags most."),
            new ManualCheck("TH074", "4.12", "Ensure all signed artifacts are validated",
                    "A signature that nobody verifies protects nothing.",
                    "Verify image signatures (cosign verify / notation verify) before deploying, and fail the pipeline when they do not check."),
            // 5 Container runtime: 5.1 is engine state; 5.2-5.32 come from the container rules
            new OperationsChecks.SwarmMode(),
            // 6 Docker security operations
            new OperationsChecks.ImageSprawl(),
            new OperationsChecks.ContainerSprawl(),
            // 7 Docker swarm configuration
            new SwarmChecks.SwarmCheck("TH078", "7.1", "Ensure that the minimum number of manager nodes have been created in a swarm",
                    Severity.LOW, "Managers hold the cluster state; an even number can lose its quorum on a split.",
                    "Keep an odd number of managers: docker node demote / promote.", SwarmChecks::managers),
            new SwarmChecks.SwarmCheck("TH079", "7.2", "Ensure that swarm services are bound to a specific host interface",
                    Severity.MEDIUM, "Port 2377 on every interface exposes cluster management to every network the host is on.",
                    "Re-init or join with --listen-addr <ip>:2377 and --advertise-addr <ip>.", SwarmChecks::wildcardListener),
            new SwarmChecks.SwarmCheck("TH080", "7.3", "Ensure that all Docker swarm overlay networks are encrypted",
                    Severity.MEDIUM, "Overlay traffic between nodes is VXLAN in clear text unless encrypted.",
                    "Create overlay networks with --opt encrypted.", SwarmChecks::encryptedOverlays),
            new SwarmChecks.SwarmCheck("TH081", "7.4", "Ensure that Docker's secret management commands are used for managing secrets in a swarm cluster",
                    Severity.INFO, "Swarm secrets are encrypted at rest and only given to the services that need them.",
                    "Create secrets with docker secret create and grant them with docker service create --secret.", SwarmChecks::secrets),
            new SwarmChecks.SwarmCheck("TH082", "7.5", "Ensure that swarm manager is run in auto-lock mode",
                    Severity.MEDIUM, "Without auto-lock the keys that decrypt the raft log are on the manager's disk.",
                    "docker swarm update --autolock=true, and keep the unlock key safe.", SwarmChecks::autolock),
            new SwarmChecks.SwarmCheck("TH083", "7.6", "Ensure that the swarm manager auto-lock key is rotated periodically",
                    Severity.INFO, "A leaked unlock key stays valid until rotated.",
                    "Rotate on a schedule: docker swarm unlock-key --rotate.",
                    (facts, e) -> CheckResult.manual("Confirm the auto-lock key is rotated on a schedule: docker swarm unlock-key --rotate; record when.")),
            new SwarmChecks.SwarmCheck("TH084", "7.7", "Ensure that node certificates are rotated as appropriate",
                    Severity.INFO, "Short-lived node certificates limit how long a stolen one works.",
                    "docker swarm update --cert-expiry 48h (or what suits you).", SwarmChecks::certExpiry),
            new SwarmChecks.SwarmCheck("TH085", "7.8", "Ensure that CA certificates are rotated as appropriate",
                    Severity.INFO, "A compromised cluster CA signs anything until rotated.",
                    "docker swarm ca --rotate on a schedule.",
                    (facts, e) -> CheckResult.manual("Confirm the swarm root CA is rotated on a schedule: docker swarm ca --rotate; record when.")),
            new SwarmChecks.SwarmCheck("TH086", "7.9", "Ensure that management plane traffic is separated from data plane traffic",
                    Severity.INFO, "Separate interfaces keep heavy or hostile container traffic away from cluster management.",
                    "docker swarm init --advertise-addr <mgmt ip> --data-path-addr <data ip>.",
                    (facts, e) -> CheckResult.manual("Check that --data-path-addr differs from --advertise-addr: docker info (Swarm: Node Address) "
                            + "and docker node inspect self --format '{{.Status.Addr}}'.")),
            // Trusty-only host checks
            new DaemonChecks.ValidConfig(),
            new DaemonChecks.StorageDriver("TH088", null, "devicemapper",
                    "Ensure devicemapper storage driver is not used (CIS 1.8.0 2.7)"),
            new OperationsChecks.KeyJson(),
            new DaemonChecks.SecurityModule(),
            // community group (optional)
            new CommunityChecks.LegacyRegistry(),
            new CommunityChecks.Capability("TH092", "C.5.3.1", "DAC_READ_SEARCH", Severity.HIGH,
                    "DAC_READ_SEARCH lets a process open host files by handle: the 'shocker' container escape."),
            new CommunityChecks.Capability("TH093", "C.5.3.2", "SYS_MODULE", Severity.CRITICAL,
                    "SYS_MODULE loads kernel modules: arbitrary code in the host kernel."),
            new CommunityChecks.Capability("TH094", "C.5.3.3", "SYS_ADMIN", Severity.CRITICAL,
                    "SYS_ADMIN allows mounts and many other host-level operations; most escapes start there."),
            new CommunityChecks.Capability("TH095", "C.5.3.4", "SYS_PTRACE", Severity.HIGH,
                    "SYS_PTRACE lets a process read and alter other processes, across the container boundary with --pid host."));

    /** The rule metadata of every host check, for the lead's rule catalogue. */
    public static List<RuleInfo> rules() {
        return ALL.stream().map(HostCheck::info).toList();
    }
}
