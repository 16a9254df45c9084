package dev.trusty.host.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the bench knows about the host, collected once by {@link HostFactsCollector}; checks
 * only read it. Each fact carries its evidence: files with mode and owner, settings with where they
 * were set, audit rules with their source.
 *
 * @param daemon        the running dockerd, if one was found
 * @param settingsFrom  where the daemon's flags were read: the running process, the unit file, or nothing
 * @param config        daemon.json as parsed
 * @param settings      flags and daemon.json merged, keyed by daemon.json key
 * @param files         daemon files by role (see {@link Role})
 * @param registryCerts every {@code *.crt} under /etc/docker/certs.d
 * @param programs      dockerd, containerd, its shims and runc: where each is (argv[0] of the running
 *                      dockerd, else the first of /usr/bin, /usr/sbin, /usr/local/bin that has it)
 * @param mountPoints   mount points from /proc/mounts
 * @param contentTrust  the value of DOCKER_CONTENT_TRUST in the bench's environment
 * @param subuid        lines of /etc/subuid
 * @param subgid        lines of /etc/subgid
 * @param rootless      evidence that the daemon runs rootless, if any
 * @param selinux       SELinux enabled in the kernel (/sys/fs/selinux/enforce present)
 * @param apparmor      AppArmor enabled in the kernel (/sys/module/apparmor/parameters/enabled = Y)
 * @param asRoot        whether the bench runs as root (root-only facts are otherwise incomplete)
 * @param engine        the Engine API's facts when an engine was reached
 * @param notes         problems met while collecting, worth telling the user
 * @param trustedUsers  users the operator declared trusted to control the daemon (empty: not given)
 * @param tcpListeners  listening TCP sockets from /proc/net/tcp and tcp6, as {@code address:port}
 *                      ({@code 0.0.0.0:2377}, {@code [::]:2377} for every interface)
 */
public record HostFacts(Optional<DaemonProcess> daemon, String settingsFrom, DaemonConfig config,
                        DaemonSettings settings, Map<Role, FileFact> files, List<FileFact> registryCerts,
                        AuditRules audit, Map<String, FileFact> programs, GroupMembers dockerGroup,
                        List<String> mountPoints, Optional<String> contentTrust, List<String> subuid,
                        List<String> subgid, Optional<String> rootless, boolean selinux, boolean apparmor,
                        boolean asRoot, Optional<EngineFacts> engine, List<String> notes,
                        List<String> trustedUsers, List<String> tcpListeners) {

    /** The daemon's files, each with the host path it was looked up at. */
    public enum Role {
        DOCKER_SERVICE, DOCKER_SOCKET_UNIT, ETC_DOCKER, DAEMON_JSON, ETC_DEFAULT_DOCKER, ETC_SYSCONFIG_DOCKER,
        DOCKER_SOCK, CONTAINERD_SOCK, KEY_JSON, TLS_CA_CERT, TLS_CERT, TLS_KEY, CONTAINERD_CONFIG,
        /** The daemon's data root (/var/lib/docker unless data-root says otherwise). */
        DATA_ROOT,
        RUN_CONTAINERD
    }

    public HostFacts {
        files = Map.copyOf(files);
        programs = Map.copyOf(programs);
        registryCerts = List.copyOf(registryCerts);
        mountPoints = List.copyOf(mountPoints);
        subuid = List.copyOf(subuid);
        subgid = List.copyOf(subgid);
        notes = List.copyOf(notes);
        trustedUsers = List.copyOf(trustedUsers);
        tcpListeners = List.copyOf(tcpListeners);
    }

    /** The file in that role; absent when the role does not apply (no TLS key configured). */
    public Optional<FileFact> file(Role role) {
        return Optional.ofNullable(files.get(role));
    }

    /** Where a program is; a missing fact at the usual path when it is nowhere. */
    public FileFact program(String name) {
        FileFact f = programs.get(name);
        return f != null ? f : FileFact.missing("/usr/bin/" + name);
    }

    public boolean hasEngine() {
        return engine.isPresent();
    }
}
