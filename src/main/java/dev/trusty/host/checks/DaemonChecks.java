package dev.trusty.host.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.Severity;
import dev.trusty.host.facts.DaemonConfig;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.Setting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section 2, daemon configuration. Settings come from the running dockerd's command line and
 * daemon.json (each with where it was set); the Engine API's /info confirms what it exposes.
 */
final class DaemonChecks {
    private DaemonChecks() {
    }

    static Evidence of(Setting s) {
        return new Evidence(s.key(), s.describe());
    }

    /** Evidence that a setting is at its default, naming where we looked. */
    static Evidence unset(HostFacts facts, String key) {
        return new Evidence(key, "not set (default) on the " + facts.settingsFrom() + " nor in " + facts.config().path());
    }

    static boolean noDaemonSeen(HostFacts facts) {
        return facts.daemon().isEmpty() && facts.settingsFrom().startsWith("none");
    }

    /** Daemon checks without a dockerd to read: skipped, unless the file alone decides. */
    static Optional<CheckResult> unknownDaemon(HostFacts facts, String key) {
        if (noDaemonSeen(facts) && facts.settings().get(key).isEmpty()) {
            return Optional.of(CheckResult.skipped("daemon settings unknown: " + facts.settingsFrom()
                    + ", and " + facts.config().path() + " does not set " + key));
        }
        return Optional.empty();
    }

    /** A boolean the CIS wants at {@code wanted}; WARN when the effective value differs. */
    abstract static class BooleanSetting extends BaseCheck {
        private final String key;
        private final boolean wanted;
        private final boolean dflt;

        BooleanSetting(String id, String benchId, String title, Severity severity, String why, String fix,
                       String key, boolean wanted, boolean dflt, int level) {
            super(id, benchId, title, severity, why, fix, level);
            this.key = key;
            this.wanted = wanted;
            this.dflt = dflt;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<CheckResult> unknown = unknownDaemon(facts, key);
            if (unknown.isPresent()) {
                return unknown.get();
            }
            Optional<Setting> s = facts.settings().get(key);
            boolean value = s.map(x -> x.isTrue() || (!x.isFalse() && dflt)).orElse(dflt);
            Evidence e = s.map(DaemonChecks::of).orElseGet(() -> unset(facts, key));
            return value == wanted ? CheckResult.pass(key + " is " + value, e)
                    : CheckResult.warn(key + " is " + value + " (wanted " + wanted + ")", e);
        }
    }

    static final class RootlessDaemon extends BaseCheck {
        RootlessDaemon() {
            super("TH021", "2.1", "Run the Docker daemon as a non-root user, if possible", Severity.INFO,
                    "A rootless daemon turns a container escape into a compromise of one user instead of root.",
                    "Consider rootless mode: dockerd-rootless-setuptool.sh install, as the user that will run Docker. "
                            + "Check first that the features you need (overlay networks, some storage drivers, AppArmor) work rootless.");
        }

        @Override
        public boolean readsLocalHost() {
            return true;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.rootless().isPresent()) {
                return CheckResult.pass("the daemon runs rootless", new Evidence("dockerd", facts.rootless().get()));
            }
            if (facts.daemon().isEmpty() && !facts.hasEngine()) {
                return CheckResult.skipped("no running dockerd found and no engine to ask");
            }
            String who = facts.daemon().map(d -> "pid " + d.pid() + " runs as uid " + d.uid()).orElse("engine does not report rootless");
            return CheckResult.manual("The daemon runs as root. Decide whether rootless mode fits this host: "
                    + "see https://docs.docker.com/engine/security/rootless/ and run dockerd-rootless-setuptool.sh check.",
                    new Evidence("dockerd", who));
        }
    }

    static final class InterContainerTraffic extends BaseCheck {
        InterContainerTraffic() {
            super("TH022", "2.2", "Ensure network traffic is restricted between containers on the default bridge", Severity.MEDIUM,
                    "With icc on, every container on docker0 can reach every other's ports, so one compromised container can probe the rest.",
                    "Set \"icc\": false in daemon.json (or --icc=false) and link or network containers that must talk explicitly.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<Setting> s = facts.settings().get("icc");
            if (s.isPresent()) {
                return s.get().isFalse() ? CheckResult.pass("icc is disabled", of(s.get()))
                        : CheckResult.warn("icc is enabled on the default bridge", of(s.get()));
            }
            Optional<JsonNode> bridge = facts.engine().flatMap(e -> e.networks().stream()
                    .filter(n -> n.path("Name").asText().equals("bridge")).findFirst());
            if (bridge.isPresent()) {
                String icc = bridge.get().path("Options").path("com.docker.network.bridge.enable_icc").asText("true");
                Evidence e = new Evidence("network bridge", "Options com.docker.network.bridge.enable_icc=" + icc);
                return icc.equals("false") ? CheckResult.pass("icc is disabled on the default bridge", e)
                        : CheckResult.warn("icc is enabled on the default bridge", e);
            }
            if (noDaemonSeen(facts)) {
                return CheckResult.skipped("no dockerd found and no engine to ask");
            }
            return CheckResult.warn("icc is enabled on the default bridge (the default)", unset(facts, "icc"));
        }
    }

    static final class LogLevel extends BaseCheck {
        LogLevel() {
            super("TH023", "2.3", "Ensure the logging level is set to 'info'", Severity.LOW,
                    "debug logs leak request details and grow fast; warn and above drop the events an investigation needs.",
                    "Remove log-level and debug from daemon.json and the command line, or set \"log-level\": \"info\".");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<CheckResult> unknown = unknownDaemon(facts, "log-level");
            if (unknown.isPresent() && facts.settings().get("debug").isEmpty()) {
                return unknown.get();
            }
            Optional<Setting> debug = facts.settings().get("debug");
            if (debug.isPresent() && debug.get().isTrue()) {
                return CheckResult.warn("debug logging is on", of(debug.get()));
            }
            if (facts.engine().map(e -> e.info().path("Debug").asBoolean(false)).orElse(false)) {
                return CheckResult.warn("debug logging is on", new Evidence("engine", "/info Debug=true"));
            }
            Optional<Setting> level = facts.settings().get("log-level");
            if (level.isEmpty()) {
                return CheckResult.pass("log level is info (the default)", unset(facts, "log-level"));
            }
            return level.get().value().equalsIgnoreCase("info") ? CheckResult.pass("log level is info", of(level.get()))
                    : CheckResult.warn("log level is " + level.get().value(), of(level.get()));
        }
    }

    static final class Iptables extends BooleanSetting {
        Iptables() {
            super("TH024", "2.4", "Ensure Docker is allowed to make changes to iptables", Severity.MEDIUM,
                    "Without it, published ports and container isolation rules depend on hand-written firewall rules that drift.",
                    "Remove \"iptables\": false / --iptables=false.", "iptables", true, true, 1);
        }
    }

    static final class InsecureRegistries extends BaseCheck {
        InsecureRegistries() {
            super("TH025", "2.5", "Ensure insecure registries are not used", Severity.HIGH,
                    "Pulls from an insecure registry go over plain HTTP or unverified TLS: anyone on the path can swap the image.",
                    "Remove insecure-registries / --insecure-registry; give the registry a certificate and put its CA in /etc/docker/certs.d/<registry>/ca.crt.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            List<Evidence> items = new ArrayList<>();
            facts.settings().get("insecure-registries").filter(s -> !s.values().isEmpty())
                    .ifPresent(s -> s.values().forEach(v -> items.add(new Evidence(v, s.describe()))));
            facts.engine().ifPresent(e -> {
                for (JsonNode cidr : e.info().path("RegistryConfig").path("InsecureRegistryCIDRs")) {
                    String c = cidr.asText();
                    if (!c.equals("127.0.0.0/8") && !c.equals("::1/128") && items.stream().noneMatch(i -> i.subject().equals(c))) {
                        items.add(new Evidence(c, "/info RegistryConfig.InsecureRegistryCIDRs"));
                    }
                }
                e.info().path("RegistryConfig").path("IndexConfigs").properties().forEach(ix -> {
                    if (!ix.getValue().path("Secure").asBoolean(true) && items.stream().noneMatch(i -> i.subject().equals(ix.getKey()))) {
                        items.add(new Evidence(ix.getKey(), "/info RegistryConfig.IndexConfigs Secure=false"));
                    }
                });
            });
            if (!items.isEmpty()) {
                return CheckResult.warn("insecure registries are configured", items);
            }
            if (noDaemonSeen(facts) && !facts.hasEngine()) {
                return CheckResult.skipped("no dockerd found and no engine to ask");
            }
            return CheckResult.pass("no insecure registry (127.0.0.0/8 is always allowed and not counted)",
                    unset(facts, "insecure-registries"));
        }
    }

    /** 2.6 aufs and (CIS 1.8.0 2.7) devicemapper: storage drivers that are gone from current engines. */
    static final class StorageDriver extends BaseCheck {
        private final String driver;

        StorageDriver(String id, String benchId, String driver, String title) {
            super(id, benchId, title, Severity.MEDIUM,
                    "The " + driver + " driver is unmaintained and removed from current engines; it has had kernel-crash and isolation bugs.",
                    "Move to overlay2: set \"storage-driver\": \"overlay2\" (existing images and containers must be re-created).");
            this.driver = driver;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<String> fromEngine = facts.engine().map(e -> e.info().path("Driver").asText("")).filter(s -> !s.isEmpty());
            Optional<Setting> configured = facts.settings().get("storage-driver");
            String used = fromEngine.orElse(configured.map(Setting::value).orElse(null));
            if (used == null) {
                return CheckResult.noEngine();
            }
            Evidence e = fromEngine.isPresent() ? new Evidence("engine", "/info Driver=" + used) : of(configured.get());
            return used.equals(driver) ? CheckResult.warn("the storage driver is " + driver, e)
                    : CheckResult.pass("the storage driver is " + used, e);
        }
    }

    static final class TlsAuthentication extends BaseCheck {
        TlsAuthentication() {
            super("TH027", "2.7", "Ensure TLS authentication for Docker daemon is configured", Severity.CRITICAL,
                    "The API on TCP without --tlsverify lets anyone who reaches the port run a privileged container: root on the host.",
                    "Listen on TCP only with \"tlsverify\": true and tlscacert/tlscert/tlskey set, or remove the tcp:// host and use SSH (docker -H ssh://).");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<Setting> hosts = facts.settings().get("hosts");
            List<String> tcp = hosts.map(h -> h.values().stream().filter(v -> v.startsWith("tcp://")).toList()).orElse(List.of());
            if (tcp.isEmpty()) {
                if (noDaemonSeen(facts)) {
                    return CheckResult.skipped("no dockerd found: cannot tell where it listens");
                }
                return CheckResult.info("the daemon does not listen on TCP",
                        hosts.map(DaemonChecks::of).orElseGet(() -> unset(facts, "hosts")));
            }
            Evidence where = of(hosts.get());
            Optional<Setting> verify = facts.settings().get("tlsverify");
            if (verify.isPresent() && verify.get().isTrue()) {
                return CheckResult.pass("TCP with client certificate verification", where, of(verify.get()));
            }
            Optional<Setting> tls = facts.settings().get("tls");
            if (tls.isPresent() && tls.get().isTrue()) {
                return CheckResult.warn("TCP with TLS but without client verification: any client may connect", where, of(tls.get()));
            }
            return CheckResult.warn("the API listens on " + String.join(", ", tcp) + " without TLS", where);
        }
    }

    static final class DefaultUlimits extends BaseCheck {
        DefaultUlimits() {
            super("TH028", "2.8", "Ensure the default ulimit is configured appropriately", Severity.LOW,
                    "Without daemon-wide limits one container can exhaust file descriptors or processes for everyone.",
                    "Set \"default-ulimits\" in daemon.json, e.g. {\"nofile\": {\"Name\": \"nofile\", \"Soft\": 64000, \"Hard\": 64000}, \"nproc\": {...}}.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<CheckResult> unknown = unknownDaemon(facts, "default-ulimits");
            if (unknown.isPresent()) {
                return unknown.get();
            }
            Optional<Setting> s = facts.settings().get("default-ulimits");
            return s.isPresent() ? CheckResult.pass("default ulimits: " + String.join(", ", s.get().values()), of(s.get()))
                    : CheckResult.info("no default ulimit is set; containers inherit the daemon's limits", unset(facts, "default-ulimits"));
        }
    }

    static final class UsernsRemap extends BaseCheck {
        UsernsRemap() {
            super("TH029", "2.9", "Enable user namespace support", Severity.MEDIUM,
                    "Without remapping, root in a container is root on the host once it escapes.",
                    "Set \"userns-remap\": \"default\" (Docker creates dockremap and its /etc/subuid, /etc/subgid ranges) and restart; "
                            + "images and containers are then stored apart and must be pulled again.", 2);
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<Setting> s = facts.settings().get("userns-remap").filter(x -> !x.value().isEmpty());
            if (s.isPresent()) {
                String user = s.get().value().equals("default") ? "dockremap" : s.get().value().split(":")[0];
                boolean sub = facts.subuid().stream().anyMatch(l -> l.startsWith(user + ":"))
                        && facts.subgid().stream().anyMatch(l -> l.startsWith(user + ":"));
                if (!sub && !s.get().value().equals("default")) {
                    return CheckResult.warn("userns-remap names " + user + ", who has no range in /etc/subuid and /etc/subgid",
                            of(s.get()), new Evidence("/etc/subuid", "no line for " + user));
                }
                return CheckResult.pass("user namespaces are remapped to " + user, of(s.get()));
            }
            if (facts.rootless().isPresent()) {
                return CheckResult.pass("rootless daemon: containers run in the user's namespace",
                        new Evidence("dockerd", facts.rootless().get()));
            }
            boolean engineSays = facts.engine().map(e -> {
                for (JsonNode o : e.info().path("SecurityOptions")) {
                    if (o.asText().contains("name=userns")) {
                        return true;
                    }
                }
                return false;
            }).orElse(false);
            if (engineSays) {
                return CheckResult.pass("user namespaces are remapped", new Evidence("engine", "/info SecurityOptions lists name=userns"));
            }
            if (noDaemonSeen(facts) && !facts.hasEngine()) {
                return CheckResult.skipped("no dockerd found and no engine to ask");
            }
            return CheckResult.warn("user namespace remapping is off", unset(facts, "userns-remap"));
        }
    }

    static final class CgroupParent extends BaseCheck {
        CgroupParent() {
            super("TH030", "2.10", "Ensure the default cgroup usage has been confirmed", Severity.LOW,
                    "A daemon-wide cgroup parent moves every container's resource accounting; it must be deliberate.",
                    "Remove cgroup-parent unless it is required, and document why when it is.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<CheckResult> unknown = unknownDaemon(facts, "cgroup-parent");
            if (unknown.isPresent()) {
                return unknown.get();
            }
            Optional<Setting> s = facts.settings().get("cgroup-parent").filter(x -> !x.value().isEmpty());
            return s.isPresent() ? CheckResult.warn("containers go under cgroup " + s.get().value() + "; confirm it is intended", of(s.get()))
                    : CheckResult.pass("the default cgroup parent is used", unset(facts, "cgroup-parent"));
        }
    }

    static final class BaseDeviceSize extends BaseCheck {
        BaseDeviceSize() {
            super("TH031", "2.11", "Ensure base device size is not changed until needed", Severity.LOW,
                    "A larger base device lets each container use more disk before any limit applies.",
                    "Remove dm.basesize from storage-opts unless a workload needs it.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<CheckResult> unknown = unknownDaemon(facts, "storage-opts");
            if (unknown.isPresent()) {
                return unknown.get();
            }
            Optional<Setting> s = facts.settings().get("storage-opts");
            Optional<String> base = s.flatMap(x -> x.values().stream().filter(v -> v.startsWith("dm.basesize")).findFirst());
            return base.isPresent() ? CheckResult.warn("the base device size is changed: " + base.get(), of(s.get()))
                    : CheckResult.pass("dm.basesize is not set", s.map(DaemonChecks::of).orElseGet(() -> unset(facts, "storage-opts")));
        }
    }

    static final class AuthorizationPlugin extends BaseCheck {
        AuthorizationPlugin() {
            super("TH032", "2.12", "Ensure that authorization for Docker client commands is enabled", Severity.MEDIUM,
                    "Without an authorization plugin every client that reaches the socket may do everything.",
                    "Install an authorization plugin (e.g. Open Policy Agent's opa-docker-authz) and set \"authorization-plugins\": [\"name\"].", 2);
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<Setting> s = facts.settings().get("authorization-plugins").filter(x -> !x.values().isEmpty());
            if (s.isPresent()) {
                return CheckResult.pass("authorization plugins: " + String.join(", ", s.get().values()), of(s.get()));
            }
            List<String> fromEngine = new ArrayList<>();
            facts.engine().ifPresent(e -> e.info().path("Plugins").path("Authorization").forEach(p -> fromEngine.add(p.asText())));
            if (!fromEngine.isEmpty()) {
                return CheckResult.pass("authorization plugins: " + String.join(", ", fromEngine),
                        new Evidence("engine", "/info Plugins.Authorization=" + fromEngine));
            }
            if (noDaemonSeen(facts) && !facts.hasEngine()) {
                return CheckResult.skipped("no dockerd found and no engine to ask");
            }
            return CheckResult.warn("no authorization plugin: every socket client has full control", unset(facts, "authorization-plugins"));
        }
    }

    static final class CentralLogging extends BaseCheck {
        CentralLogging() {
            super("TH033", "2.13", "Ensure centralized and remote logging is configured", Severity.LOW,
                    "Logs kept only on the host (json-file, local) are lost with it and can be altered by whoever takes it over.",
                    "Set \"log-driver\" to a remote driver (syslog, journald forwarded, fluentd, gelf, awslogs, splunk...) with its log-opts.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<String> fromEngine = facts.engine().map(e -> e.info().path("LoggingDriver").asText("")).filter(s -> !s.isEmpty());
            Optional<Setting> s = facts.settings().get("log-driver");
            String driver = fromEngine.orElse(s.map(Setting::value).orElse(null));
            Evidence e;
            if (fromEngine.isPresent()) {
                e = new Evidence("engine", "/info LoggingDriver=" + driver);
            } else if (s.isPresent()) {
                e = of(s.get());
            } else if (noDaemonSeen(facts)) {
                return CheckResult.skipped("no dockerd found and no engine to ask");
            } else {
                driver = "json-file";
                e = unset(facts, "log-driver");
            }
            return driver.equals("json-file") || driver.equals("local") || driver.equals("none")
                    ? CheckResult.warn("container logs stay on this host (" + driver + ")", e)
                    : CheckResult.pass("container logs go to " + driver, e);
        }
    }

    static final class NoNewPrivileges extends BooleanSetting {
        NoNewPrivileges() {
            super("TH034", "2.14", "Ensure containers are restricted from acquiring new privileges", Severity.MEDIUM,
                    "Without no-new-privileges, setuid binaries in a container can raise a process's privileges.",
                    "Set \"no-new-privileges\": true in daemon.json (or --no-new-privileges).", "no-new-privileges", true, false, 1);
        }
    }

    static final class LiveRestore extends BaseCheck {
        LiveRestore() {
            super("TH035", "2.15", "Ensure live restore is enabled", Severity.LOW,
                    "With live restore, containers keep running while the daemon restarts, so security upgrades of the engine are not postponed.",
                    "Set \"live-restore\": true in daemon.json (not available with swarm mode).");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isPresent()) {
                JsonNode info = facts.engine().get().info();
                if (info.path("Swarm").path("LocalNodeState").asText("").equals("active")) {
                    return CheckResult.pass("swarm mode is active, where live restore does not apply",
                            new Evidence("engine", "/info Swarm.LocalNodeState=active"));
                }
                if (info.has("LiveRestoreEnabled")) {
                    Evidence e = new Evidence("engine", "/info LiveRestoreEnabled=" + info.path("LiveRestoreEnabled").asBoolean());
                    return info.path("LiveRestoreEnabled").asBoolean() ? CheckResult.pass("live restore is enabled", e)
                            : CheckResult.warn("live restore is disabled", e);
                }
            }
            Optional<CheckResult> unknown = unknownDaemon(facts, "live-restore");
            if (unknown.isPresent()) {
                return unknown.get();
            }
            Optional<Setting> s = facts.settings().get("live-restore");
            return s.isPresent() && s.get().isTrue() ? CheckResult.pass("live restore is enabled", of(s.get()))
                    : CheckResult.warn("live restore is disabled", s.map(DaemonChecks::of).orElseGet(() -> unset(facts, "live-restore")));
        }
    }

    static final class UserlandProxy extends BooleanSetting {
        UserlandProxy() {
            super("TH036", "2.16", "Ensure Userland Proxy is Disabled", Severity.LOW,
                    "docker-proxy is one more process per published port, and it hides the client's address; hairpin NAT does the job.",
                    "Set \"userland-proxy\": false in daemon.json.", "userland-proxy", false, true, 1);
        }
    }

    static final class SeccompProfile extends BaseCheck {
        SeccompProfile() {
            super("TH037", "2.17", "Ensure that a daemon-wide custom seccomp profile is applied if appropriate", Severity.MEDIUM,
                    "seccomp limits the system calls containers can make; without it the whole kernel API is reachable.",
                    "Keep the default profile, or set \"seccomp-profile\" to a stricter one for this host's workloads; never \"unconfined\".", 2);
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<Setting> s = facts.settings().get("seccomp-profile").filter(x -> !x.value().isEmpty());
            if (s.isPresent() && s.get().value().equals("unconfined")) {
                return CheckResult.warn("seccomp is disabled daemon-wide", of(s.get()));
            }
            if (facts.engine().isPresent()) {
                for (JsonNode o : facts.engine().get().info().path("SecurityOptions")) {
                    String opt = o.asText();
                    if (opt.startsWith("name=seccomp")) {
                        String profile = opt.contains("profile=") ? opt.substring(opt.indexOf("profile=") + 8) : "default";
                        Evidence e = new Evidence("engine", "/info SecurityOptions " + opt);
                        if (profile.equals("unconfined")) {
                            return CheckResult.warn("seccomp is disabled daemon-wide", e);
                        }
                        return profile.equals("default")
                                ? CheckResult.pass("Docker's default seccomp profile applies; a custom one may be stricter", e)
                                : CheckResult.pass("custom seccomp profile " + profile, e);
                    }
                }
                return CheckResult.warn("the engine reports no seccomp support: containers are not filtered",
                        new Evidence("engine", "/info SecurityOptions has no name=seccomp"));
            }
            return s.isPresent() ? CheckResult.pass("custom seccomp profile " + s.get().value(), of(s.get())) : CheckResult.noEngine();
        }
    }

    static final class Experimental extends BaseCheck {
        Experimental() {
            super("TH038", "2.18", "Ensure that experimental features are not implemented in production", Severity.LOW,
                    "Experimental features are unsupported and less reviewed.",
                    "Remove \"experimental\": true / --experimental.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<Setting> s = facts.settings().get("experimental");
            if (s.isPresent() && s.get().isTrue()) {
                return CheckResult.warn("experimental features are enabled", of(s.get()));
            }
            if (facts.engine().isPresent()) {
                boolean on = facts.engine().get().version().path("Experimental").asBoolean(false)
                        || facts.engine().get().info().path("ExperimentalBuild").asBoolean(false);
                Evidence e = new Evidence("engine", "/version Experimental=" + on);
                return on ? CheckResult.warn("experimental features are enabled", e) : CheckResult.pass("experimental features are off", e);
            }
            Optional<CheckResult> unknown = unknownDaemon(facts, "experimental");
            return unknown.orElseGet(() -> CheckResult.pass("experimental features are off",
                    s.map(DaemonChecks::of).orElseGet(() -> unset(facts, "experimental"))));
        }
    }

    /** Trusty-only: daemon.json that dockerd would refuse, and flags that clash with it. */
    static final class ValidConfig extends BaseCheck {
        ValidConfig() {
            super("TH087", null, "Ensure daemon.json is valid and does not conflict with the daemon's flags", Severity.HIGH,
                    "dockerd refuses to start on malformed JSON, unknown keys or a setting given both as a flag and in the file; "
                            + "a host that runs anyway runs with settings other than the file says.",
                    "Fix the JSON at the position given, remove unknown keys, and set each option in one place only.");
        }

        @Override
        public boolean readsLocalHost() {
            return true;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            DaemonConfig c = facts.config();
            return switch (c.status()) {
                case ABSENT -> CheckResult.pass("no daemon.json: defaults and flags apply",
                        new Evidence(c.path(), "not present"));
                case UNREADABLE -> CheckResult.needsRoot(c.path());
                case MALFORMED -> CheckResult.warn("daemon.json is not valid JSON: " + c.error(), new Evidence(c.path(), c.error()));
                case PARSED -> {
                    List<Evidence> items = new ArrayList<>();
                    c.unknownKeys().forEach(k -> items.add(new Evidence(c.path() + ":" + c.lines().get(k),
                            "unknown key \"" + k + "\"; dockerd will not start")));
                    facts.settings().conflicts().forEach(x -> items.add(new Evidence(c.path(), x)));
                    yield items.isEmpty() ? CheckResult.pass("daemon.json is valid", new Evidence(c.path(), c.values().size() + " keys"))
                            : CheckResult.warn("daemon.json would stop dockerd from starting", items);
                }
            };
        }
    }

    /** Trusty-only: a Linux security module confines containers. */
    static final class SecurityModule extends BaseCheck {
        SecurityModule() {
            super("TH090", null, "Ensure SELinux or AppArmor support is enabled for containers", Severity.MEDIUM,
                    "AppArmor or SELinux confine a container's processes beyond namespaces; without either, container profiles do nothing.",
                    "Enable AppArmor (Debian/Ubuntu) or SELinux (RHEL/Fedora, with \"selinux-enabled\": true in daemon.json) in the kernel and the daemon.");
        }

        @Override
        public boolean readsLocalHost() {
            return true;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.selinux()) {
                Optional<Setting> s = facts.settings().get("selinux-enabled");
                Evidence kernel = new Evidence("/sys/fs/selinux", "SELinux is enabled in the kernel");
                return s.isPresent() && s.get().isTrue() ? CheckResult.pass("SELinux labels containers", kernel, of(s.get()))
                        : CheckResult.warn("SELinux is on but the daemon does not use it (selinux-enabled is not set)", kernel,
                        s.map(DaemonChecks::of).orElseGet(() -> unset(facts, "selinux-enabled")));
            }
            if (facts.apparmor()) {
                return CheckResult.pass("AppArmor is enabled; containers get the docker-default profile",
                        new Evidence("/sys/module/apparmor/parameters/enabled", "Y"));
            }
            return CheckResult.warn("neither AppArmor nor SELinux is enabled in the kernel",
                    new Evidence("/sys/module/apparmor/parameters/enabled", "absent or not Y"),
                    new Evidence("/sys/fs/selinux/enforce", "absent"));
        }
    }
}
