package dev.trusty.host.facts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects {@link HostFacts} once, from a root directory that stands for the host's {@code /}.
 * Reads only files (and {@code auditctl -l} when run as root on the real root); never the network.
 */
public final class HostFactsCollector {
    static final List<String> UNIT_DIRS = List.of(
            "/etc/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system", "/run/systemd/system");
    static final String DEFAULT_CONFIG = "/etc/docker/daemon.json";
    static final String DEFAULT_SOCK = "/var/run/docker.sock";
    static final String DEFAULT_CONTAINERD_SOCK = "/run/containerd/containerd.sock";
    /** Where a dockerd that starts its own containerd puts the socket (no containerd service). */
    static final String MANAGED_CONTAINERD_SOCK = "/var/run/docker/containerd/containerd.sock";

    private final HostFiles host;
    private Map<String, String> env = System.getenv();
    private Boolean asRoot;
    private EngineFacts engine;
    private List<String> trustedUsers = List.of();
    private final List<String> notes = new ArrayList<>();

    public HostFactsCollector(Path root) {
        this.host = new HostFiles(root);
    }

    /** The environment to read DOCKER_CONTENT_TRUST from (default: this process's). */
    public HostFactsCollector environment(Map<String, String> environment) {
        this.env = Map.copyOf(environment);
        return this;
    }

    /** Overrides the root detection, for tests of what a non-root run can and cannot see. */
    public HostFactsCollector asRoot(boolean root) {
        this.asRoot = root;
        return this;
    }

    /** Users allowed to control the daemon; others in the docker group then make 1.1.2 warn. */
    public HostFactsCollector trustedUsers(List<String> users) {
        this.trustedUsers = List.copyOf(users);
        return this;
    }

    public HostFactsCollector engine(EngineFacts facts) {
        this.engine = facts;
        return this;
    }

    public HostFacts collect() {
        boolean root = asRoot != null ? asRoot : runningAsRoot();
        EngineFacts local = engine != null && engine.local() ? engine : null;
        Optional<DaemonProcess> daemon = local != null || engine == null ? findDaemon() : Optional.empty();

        List<String> args;
        String settingsFrom;
        if (daemon.isPresent()) {
            args = daemon.get().args();
            settingsFrom = daemon.get().source();
        } else if (engine != null && !engine.local()) {
            args = List.of();
            settingsFrom = "none (remote engine: this machine's dockerd settings do not describe it)";
        } else {
            Optional<List<String>> fromUnit = unitFileArgs();
            args = fromUnit.orElse(List.of());
            settingsFrom = fromUnit.isPresent() ? "docker.service ExecStart (no running dockerd found)" : "none (no dockerd found)";
        }
        List<DaemonFlags.Flag> flags = DaemonFlags.parse(args);
        String configPath = flags.stream().filter(f -> f.key().equals("config-file")).map(DaemonFlags.Flag::value)
                .reduce((a, b) -> b).orElse(DEFAULT_CONFIG);
        DaemonConfig config = engine != null && !engine.local() ? DaemonConfig.absent(configPath) : readConfig(configPath);
        DaemonSettings settings = new DaemonSettings(settingsFrom, flags, config);

        Map<HostFacts.Role, FileFact> files = new EnumMap<>(HostFacts.Role.class);
        files.put(HostFacts.Role.DOCKER_SERVICE, unitFile("docker.service"));
        files.put(HostFacts.Role.DOCKER_SOCKET_UNIT, unitFile("docker.socket"));
        files.put(HostFacts.Role.ETC_DOCKER, host.stat("/etc/docker"));
        files.put(HostFacts.Role.DAEMON_JSON, host.stat(configPath));
        files.put(HostFacts.Role.ETC_DEFAULT_DOCKER, host.stat("/etc/default/docker"));
        files.put(HostFacts.Role.ETC_SYSCONFIG_DOCKER, host.stat("/etc/sysconfig/docker"));
        files.put(HostFacts.Role.DOCKER_SOCK, host.stat(dockerSocket(settings)));
        files.put(HostFacts.Role.CONTAINERD_SOCK, host.stat(containerdSocket(settings)));
        files.put(HostFacts.Role.KEY_JSON, host.stat("/etc/docker/key.json"));
        files.put(HostFacts.Role.CONTAINERD_CONFIG, host.stat("/etc/containerd/config.toml"));
        // with TLS on and no file named, dockerd uses ~/.docker of its user (root): /root/.docker/*.pem
        boolean tls = settings.isTrue("tls") || settings.isTrue("tlsverify");
        tlsFile(settings, tls, "tlscacert", "ca.pem").ifPresent(p -> files.put(HostFacts.Role.TLS_CA_CERT, host.stat(p)));
        tlsFile(settings, tls, "tlscert", "cert.pem").ifPresent(p -> files.put(HostFacts.Role.TLS_CERT, host.stat(p)));
        tlsFile(settings, tls, "tlskey", "key.pem").ifPresent(p -> files.put(HostFacts.Role.TLS_KEY, host.stat(p)));

        String dataRoot = settings.get("data-root").map(Setting::value).filter(v -> !v.isEmpty()).orElse("/var/lib/docker");
        files.put(HostFacts.Role.DATA_ROOT, host.stat(dataRoot));
        files.put(HostFacts.Role.RUN_CONTAINERD, host.stat("/run/containerd"));

        List<FileFact> certs = host.findFiles("/etc/docker/certs.d", ".crt").stream().map(host::stat).toList();

        return new HostFacts(daemon, settingsFrom, config, settings, files, certs, AuditRules.read(host, root),
                programs(daemon), GroupMembers.read(host, "docker"), mountPoints(),
                Optional.ofNullable(env.get("DOCKER_CONTENT_TRUST")), lines("/etc/subuid"), lines("/etc/subgid"),
                rootless(daemon, flags), host.exists("/sys/fs/selinux/enforce"),
                host.readQuietly("/sys/module/apparmor/parameters/enabled").map(String::strip).filter("Y"::equals).isPresent(),
                root, Optional.ofNullable(engine), notes, trustedUsers, tcpListeners());
    }

    // --- the daemon process ---

    Optional<DaemonProcess> findDaemon() {
        Optional<String> pidText = host.readQuietly("/var/run/docker.pid");
        if (pidText.isPresent()) {
            try {
                int pid = Integer.parseInt(pidText.get().strip());
                Optional<DaemonProcess> p = process(pid, "/var/run/docker.pid");
                if (p.isPresent()) {
                    return p;
                }
                notes.add("/var/run/docker.pid names pid " + pid + ", which is not a running dockerd; scanned /proc instead");
            } catch (NumberFormatException e) {
                notes.add("/var/run/docker.pid does not hold a pid; scanned /proc instead");
            }
        }
        int newest = -1;
        for (String entry : host.list("/proc")) {
            if (!entry.chars().allMatch(Character::isDigit)) {
                continue;
            }
            int pid = Integer.parseInt(entry);
            if (pid > newest && isDockerd(argv(pid))) {
                newest = pid;
            }
        }
        return newest < 0 ? Optional.empty() : process(newest, "a scan of /proc");
    }

    private Optional<DaemonProcess> process(int pid, String via) {
        List<String> argv = argv(pid);
        if (!isDockerd(argv)) {
            return Optional.empty();
        }
        int uid = -1;
        for (String line : host.readQuietly("/proc/" + pid + "/status").orElse("").split("\n")) {
            if (line.startsWith("Uid:")) {
                String[] f = line.substring(4).strip().split("\\s+");
                uid = Integer.parseInt(f[0]);
            }
        }
        return Optional.of(new DaemonProcess(pid, via, argv, uid));
    }

    private List<String> argv(int pid) {
        String raw = host.readQuietly("/proc/" + pid + "/cmdline").orElse("");
        if (raw.isEmpty()) {
            return List.of();
        }
        if (raw.endsWith("\0")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return Arrays.asList(raw.split("\0", -1));
    }

    private static boolean isDockerd(List<String> argv) {
        if (argv.isEmpty()) {
            return false;
        }
        String program = argv.get(0);
        return program.equals("dockerd") || program.endsWith("/dockerd");
    }

    /**
     * Without a process, what systemd would start: the last ExecStart of docker.service and its
     * drop-ins (docker.service.d/*.conf, where people add -H tcp://...), with $VARS from the unit's
     * EnvironmentFile= files (Debian's /etc/default/docker DOCKER_OPTS, RHEL's /etc/sysconfig/docker OPTIONS).
     */
    private Optional<List<String>> unitFileArgs() {
        FileFact unit = unitFile("docker.service");
        if (!unit.exists()) {
            return Optional.empty();
        }
        List<String> files = new ArrayList<>();
        files.add(unit.path());
        for (String dir : UNIT_DIRS) {
            files.addAll(host.findFiles(dir + "/docker.service.d", ".conf"));
        }
        String execStart = null;
        Map<String, String> vars = new java.util.HashMap<>();
        for (String file : files) {
            for (String line : host.readQuietly(file).orElse("").split("\n")) {
                String l = line.strip();
                if (l.startsWith("ExecStart=")) {
                    String value = l.substring("ExecStart=".length()).strip();
                    execStart = value.isEmpty() ? null : value;
                } else if (l.startsWith("EnvironmentFile=")) {
                    String envFile = l.substring("EnvironmentFile=".length()).strip();
                    vars.putAll(shellVariables(envFile.startsWith("-") ? envFile.substring(1) : envFile));
                }
            }
        }
        if (execStart == null) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String word : execStart.split("\\s+")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\$\\{?(\\w+)}?$").matcher(word);
            if (m.matches()) {
                String value = vars.getOrDefault(m.group(1), "").strip();
                if (!value.isEmpty()) {
                    words.addAll(Arrays.asList(value.split("\\s+")));
                }
            } else {
                words.add(word);
            }
        }
        if (words.isEmpty() || !isDockerd(words)) {
            return Optional.empty();
        }
        return Optional.of(words.subList(1, words.size()));
    }

    /** NAME=value lines of a shell-style environment file, quotes removed. */
    private Map<String, String> shellVariables(String file) {
        Map<String, String> vars = new java.util.HashMap<>();
        for (String line : host.readQuietly(file).orElse("").split("\n")) {
            String l = line.strip();
            if (l.startsWith("export ")) {
                l = l.substring(7).strip();
            }
            int eq = l.indexOf('=');
            if (l.startsWith("#") || eq <= 0 || !l.substring(0, eq).matches("\\w+")) {
                continue;
            }
            String value = l.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            vars.put(l.substring(0, eq), value);
        }
        return vars;
    }

    // --- files ---

    private static Optional<String> tlsFile(DaemonSettings settings, boolean tls, String key, String defaultName) {
        Optional<String> named = settings.get(key).map(Setting::value).filter(v -> !v.isEmpty());
        return named.isPresent() || !tls ? named : Optional.of("/root/.docker/" + defaultName);
    }

    private DaemonConfig readConfig(String path) {
        try {
            Optional<String> text = host.read(path);
            return text.map(t -> DaemonConfig.parse(path, t)).orElseGet(() -> DaemonConfig.absent(path));
        } catch (AccessDeniedException e) {
            return DaemonConfig.unreadable(path, "permission denied");
        }
    }

    private FileFact unitFile(String name) {
        for (String dir : UNIT_DIRS) {
            FileFact f = host.stat(dir + "/" + name);
            if (f.state() != FileFact.State.MISSING) {
                return f;
            }
        }
        return FileFact.missing("/lib/systemd/system/" + name);
    }

    private String dockerSocket(DaemonSettings settings) {
        return settings.get("hosts").stream().flatMap(s -> s.values().stream())
                .filter(h -> h.startsWith("unix://")).map(h -> h.substring("unix://".length()))
                .filter(p -> !p.isEmpty()).findFirst().orElse(DEFAULT_SOCK);
    }

    private String containerdSocket(DaemonSettings settings) {
        Optional<String> given = settings.get("containerd").map(Setting::value).filter(v -> !v.isEmpty());
        if (given.isPresent()) {
            return given.get();
        }
        if (!host.exists(DEFAULT_CONTAINERD_SOCK) && host.exists(MANAGED_CONTAINERD_SOCK)) {
            return MANAGED_CONTAINERD_SOCK;
        }
        return DEFAULT_CONTAINERD_SOCK;
    }

    static final List<String> PROGRAMS = List.of(
            "dockerd", "containerd", "containerd-shim", "containerd-shim-runc-v1", "containerd-shim-runc-v2", "runc");

    private Map<String, FileFact> programs(Optional<DaemonProcess> daemon) {
        Map<String, FileFact> found = new java.util.LinkedHashMap<>();
        if (daemon.isPresent() && daemon.get().argv().get(0).startsWith("/")) {
            found.put("dockerd", host.stat(daemon.get().argv().get(0)));
        }
        for (String name : PROGRAMS) {
            if (found.containsKey(name)) {
                continue;
            }
            for (String dir : List.of("/usr/bin/", "/usr/sbin/", "/usr/local/bin/")) {
                FileFact f = host.stat(dir + name);
                if (f.state() != FileFact.State.MISSING) {
                    found.put(name, f);
                    break;
                }
            }
        }
        return found;
    }

    // --- audit, users, mounts ---




    private List<String> mountPoints() {
        List<String> points = new ArrayList<>();
        for (String line : host.readQuietly("/proc/mounts").orElse("").split("\n")) {
            String[] f = line.split(" ");
            if (f.length >= 2) {
                points.add(f[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\"));
            }
        }
        return points;
    }

    /** LISTEN sockets (state 0A) of /proc/net/tcp and tcp6, as the address and port they are bound to. */
    private List<String> tcpListeners() {
        List<String> out = new ArrayList<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : host.readQuietly(file).orElse("").split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 4 || !f[3].equals("0A") || !f[1].contains(":")) {
                    continue;
                }
                String[] local = f[1].split(":");
                try {
                    out.add(address(local[0]) + ":" + Integer.parseInt(local[1], 16));
                } catch (NumberFormatException e) {
                    // not a socket line
                }
            }
        }
        return out;
    }

    /** The kernel prints IPv4 addresses as one little-endian hex word; IPv6 as four of them. */
    private static String address(String hex) {
        if (hex.length() == 8) {
            long v = Long.parseLong(hex, 16);
            return (v & 0xff) + "." + ((v >> 8) & 0xff) + "." + ((v >> 16) & 0xff) + "." + ((v >> 24) & 0xff);
        }
        return hex.chars().allMatch(c -> c == '0') ? "[::]" : "[" + hex.toLowerCase(java.util.Locale.ROOT) + "]";
    }

    private List<String> lines(String file) {
        return Arrays.stream(host.readQuietly(file).orElse("").split("\n"))
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private Optional<String> rootless(Optional<DaemonProcess> daemon, List<DaemonFlags.Flag> flags) {
        if (flags.stream().anyMatch(f -> f.key().equals("rootless") && !f.value().equals("false"))) {
            return Optional.of("dockerd runs with --rootless");
        }
        if (daemon.isPresent() && daemon.get().uid() > 0) {
            return Optional.of("dockerd (pid " + daemon.get().pid() + ") runs as uid " + daemon.get().uid());
        }
        if (engine != null) {
            for (var opt : engine.info().path("SecurityOptions")) {
                if (opt.asText().contains("name=rootless")) {
                    return Optional.of("/info SecurityOptions lists name=rootless");
                }
            }
        }
        return Optional.empty();
    }

    private boolean runningAsRoot() {
        // this process, not the host tree under test: always the real /proc
        String status;
        try {
            status = Files.readString(Path.of("/proc/self/status"));
        } catch (IOException e) {
            status = "";
        }
        for (String line : status.split("\n")) {
            if (line.startsWith("Uid:")) {
                return line.substring(4).strip().split("\\s+")[1].equals("0");
            }
        }
        return "root".equals(System.getProperty("user.name"));
    }
}
