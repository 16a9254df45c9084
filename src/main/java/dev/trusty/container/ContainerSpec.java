package dev.trusty.container;

import dev.trusty.core.Location;
import dev.trusty.core.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every security-relevant setting of one container, whatever it came from: a compose service, a
 * {@code docker run} line, a Kubernetes container or the Engine's inspect data. A source fills it
 * in; rules only read it. A setting that was never given is null (or an empty list), so rules can
 * tell "unset" from "set to the default"; {@link #at(Key)} says where a missing setting belongs.
 */
public final class ContainerSpec {
    private final String name;
    private final Target.Kind kind;
    private final Location.ContainerField declaration;
    private final String fieldPrefix;

    private Setting<String> image;
    private Setting<String> user;
    private Setting<Boolean> runAsNonRoot;
    private String imageUser;
    private final List<Setting<String>> groups = new ArrayList<>();
    private Setting<Boolean> privileged;
    private final List<Setting<String>> capAdd = new ArrayList<>();
    private final List<Setting<String>> capDrop = new ArrayList<>();
    private final List<Setting<String>> securityOpts = new ArrayList<>();
    private Setting<Boolean> readOnlyRootfs;
    private final List<Mount> mounts = new ArrayList<>();
    private final List<Setting<String>> devices = new ArrayList<>();
    private Setting<String> networkMode;
    private Setting<String> pidMode;
    private Setting<String> ipcMode;
    private Setting<String> utsMode;
    private Setting<String> usernsMode;
    private Setting<String> cgroupnsMode;
    private final List<PublishedPort> ports = new ArrayList<>();
    private Setting<Long> memory;
    private Setting<Long> memoryReservation;
    private Setting<Long> memorySwap;
    private Setting<Long> nanoCpus;
    private Setting<Long> cpuShares;
    private Setting<Long> cpuQuota;
    private Setting<String> cpusetCpus;
    private Setting<Long> pidsLimit;
    private final Map<String, Setting<String>> ulimits = new LinkedHashMap<>();
    private Setting<String> restartPolicy;
    private Setting<Integer> restartMaxRetries;
    private Setting<Boolean> healthcheck;
    private final List<EnvVar> env = new ArrayList<>();
    private final Map<String, Setting<String>> sysctls = new LinkedHashMap<>();
    private Setting<Boolean> oomKillDisable;
    private Setting<String> logDriver;
    private Setting<String> cgroupParent;
    private Setting<Boolean> automountServiceAccountToken;
    private Setting<List<String>> command;
    private List<String> processes = List.of();
    private String state = "";

    /**
     * @param name        the container, service or {@code Kind/name:container} as users know it
     * @param kind        which source it came from, which decides how settings are spelled
     * @param declaration where the container is declared (the service key, the {@code docker run} word, ...)
     * @param fieldPrefix prefix of field names in this source, e.g. {@code services.web.}
     */
    public ContainerSpec(String name, Target.Kind kind, Location.ContainerField declaration, String fieldPrefix) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.declaration = Objects.requireNonNull(declaration);
        this.fieldPrefix = fieldPrefix == null ? "" : fieldPrefix;
    }

    public String name() { return name; }
    public Target.Kind kind() { return kind; }
    public Location.ContainerField declaration() { return declaration; }
    public String fieldPrefix() { return fieldPrefix; }

    /** A location for a setting of this container, named as its source names it. */
    public Location.ContainerField field(String sourceField, Location.File source) {
        return new Location.ContainerField(name, fieldPrefix + sourceField, source);
    }

    /** Where the setting {@code key} goes in this source: for missing settings, the declaration's position. */
    public Location.ContainerField at(Key key) {
        return new Location.ContainerField(name, fieldPrefix + key.spelling(kind), declaration.source());
    }

    /** False when this source cannot express {@code key}, so its absence is not the file's fault. */
    public boolean settable(Key key) {
        return key.settableIn(kind);
    }

    // ---- identity and user
    public Setting<String> image() { return image; }
    public ContainerSpec image(Setting<String> v) { image = v; return this; }
    public Setting<String> user() { return user; }
    public ContainerSpec user(Setting<String> v) { user = v; return this; }
    /** Kubernetes {@code runAsNonRoot}: the kubelet refuses to start the container as UID 0. */
    public Setting<Boolean> runAsNonRoot() { return runAsNonRoot; }
    public ContainerSpec runAsNonRoot(Setting<Boolean> v) { runAsNonRoot = v; return this; }
    /** The image config's USER when the source could tell ({@code ""} = root), else null. */
    public String imageUser() { return imageUser; }
    public ContainerSpec imageUser(String v) { imageUser = v; return this; }
    public List<Setting<String>> groups() { return groups; }

    // ---- privileges
    public Setting<Boolean> privileged() { return privileged; }
    public ContainerSpec privileged(Setting<Boolean> v) { privileged = v; return this; }
    public boolean isPrivileged() { return privileged != null && privileged.value(); }
    /** Added capabilities, normalised ({@code SYS_ADMIN}, {@code ALL}). */
    public List<Setting<String>> capAdd() { return capAdd; }
    public List<Setting<String>> capDrop() { return capDrop; }
    public ContainerSpec addCap(String cap, Location.ContainerField at) {
        capAdd.add(Setting.of(Capabilities.normalise(cap), at));
        return this;
    }
    public ContainerSpec dropCap(String cap, Location.ContainerField at) {
        capDrop.add(Setting.of(Capabilities.normalise(cap), at));
        return this;
    }

    /** Security options normalised to {@code key=value} ({@code seccomp=unconfined}, {@code label=type:x}). */
    public List<Setting<String>> securityOpts() { return securityOpts; }
    public ContainerSpec securityOpt(String option, Location.ContainerField at) {
        securityOpts.add(Setting.of(normaliseSecurityOpt(option), at));
        return this;
    }

    /** {@code no-new-privileges}, {@code no-new-privileges:true}, {@code apparmor:x} → {@code key=value}. */
    public static String normaliseSecurityOpt(String option) {
        String o = option.trim();
        int eq = o.indexOf('=');
        int colon = o.indexOf(':');
        int split = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
        if (split < 0) {
            return o.equals("no-new-privileges") ? "no-new-privileges=true" : o;
        }
        return o.substring(0, split).toLowerCase(Locale.ROOT) + "=" + o.substring(split + 1);
    }

    /** The value of the last security option named {@code key}, as docker applies the last one given. */
    public Optional<Setting<String>> securityOpt(String key) {
        Setting<String> found = null;
        for (Setting<String> opt : securityOpts) {
            if (opt.value().startsWith(key + "=")) {
                found = Setting.of(opt.value().substring(key.length() + 1), opt.at());
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Setting<String>> securityOpts(String key) {
        return securityOpts.stream().filter(o -> o.value().startsWith(key + "="))
                .map(o -> Setting.of(o.value().substring(key.length() + 1), o.at())).toList();
    }

    /** True/false when no-new-privileges was stated either way, empty when never said. */
    public Optional<Setting<Boolean>> noNewPrivileges() {
        return securityOpt("no-new-privileges").map(s -> Setting.of(!s.value().equalsIgnoreCase("false"), s.at()));
    }

    // ---- filesystem
    public Setting<Boolean> readOnlyRootfs() { return readOnlyRootfs; }
    public ContainerSpec readOnlyRootfs(Setting<Boolean> v) { readOnlyRootfs = v; return this; }
    public List<Mount> mounts() { return mounts; }
    public List<Setting<String>> devices() { return devices; }

    // ---- namespaces and network
    public Setting<String> networkMode() { return networkMode; }
    public ContainerSpec networkMode(Setting<String> v) { networkMode = v; return this; }
    public Setting<String> pidMode() { return pidMode; }
    public ContainerSpec pidMode(Setting<String> v) { pidMode = v; return this; }
    public Setting<String> ipcMode() { return ipcMode; }
    public ContainerSpec ipcMode(Setting<String> v) { ipcMode = v; return this; }
    public Setting<String> utsMode() { return utsMode; }
    public ContainerSpec utsMode(Setting<String> v) { utsMode = v; return this; }
    public Setting<String> usernsMode() { return usernsMode; }
    public ContainerSpec usernsMode(Setting<String> v) { usernsMode = v; return this; }
    /** {@code host} or {@code private}; the engine's default depends on the cgroup version (host on v1). */
    public Setting<String> cgroupnsMode() { return cgroupnsMode; }
    public ContainerSpec cgroupnsMode(Setting<String> v) { cgroupnsMode = v; return this; }
    public List<PublishedPort> ports() { return ports; }

    /** True when the namespace setting says {@code host}. */
    public static boolean isHost(Setting<String> namespace) {
        return namespace != null && namespace.value().equalsIgnoreCase("host");
    }

    // ---- resources
    public Setting<Long> memory() { return memory; }
    public ContainerSpec memory(Setting<Long> v) { memory = v; return this; }
    public Setting<Long> memoryReservation() { return memoryReservation; }
    public ContainerSpec memoryReservation(Setting<Long> v) { memoryReservation = v; return this; }
    public Setting<Long> memorySwap() { return memorySwap; }
    public ContainerSpec memorySwap(Setting<Long> v) { memorySwap = v; return this; }
    public Setting<Long> nanoCpus() { return nanoCpus; }
    public ContainerSpec nanoCpus(Setting<Long> v) { nanoCpus = v; return this; }
    public Setting<Long> cpuShares() { return cpuShares; }
    public ContainerSpec cpuShares(Setting<Long> v) { cpuShares = v; return this; }
    public Setting<Long> cpuQuota() { return cpuQuota; }
    public ContainerSpec cpuQuota(Setting<Long> v) { cpuQuota = v; return this; }
    public Setting<String> cpusetCpus() { return cpusetCpus; }
    public ContainerSpec cpusetCpus(Setting<String> v) { cpusetCpus = v; return this; }
    public Setting<Long> pidsLimit() { return pidsLimit; }
    public ContainerSpec pidsLimit(Setting<Long> v) { pidsLimit = v; return this; }
    /** Ulimits by name ({@code nofile}) with {@code soft[:hard]} values. */
    public Map<String, Setting<String>> ulimits() { return ulimits; }

    public boolean hasMemoryLimit() { return memory != null && memory.value() > 0; }
    /** Any CPU bound: {@code --cpus}, a CFS quota, a cpuset, or shares other than the default 1024. */
    public boolean hasCpuLimit() {
        return (nanoCpus != null && nanoCpus.value() > 0) || (cpuQuota != null && cpuQuota.value() > 0)
                || (cpusetCpus != null && !cpusetCpus.value().isBlank())
                || (cpuShares != null && cpuShares.value() > 0 && cpuShares.value() != 1024);
    }
    public boolean hasPidsLimit() { return pidsLimit != null && pidsLimit.value() > 0; }

    // ---- lifecycle
    public Setting<String> restartPolicy() { return restartPolicy; }
    public ContainerSpec restartPolicy(Setting<String> v) { restartPolicy = v; return this; }
    public Setting<Integer> restartMaxRetries() { return restartMaxRetries; }
    public ContainerSpec restartMaxRetries(Setting<Integer> v) { restartMaxRetries = v; return this; }
    /** True: a check is defined; false: explicitly disabled; null: nothing said (the image's applies, if any). */
    public Setting<Boolean> healthcheck() { return healthcheck; }
    public ContainerSpec healthcheck(Setting<Boolean> v) { healthcheck = v; return this; }

    // ---- everything else
    public List<EnvVar> env() { return env; }
    public Map<String, Setting<String>> sysctls() { return sysctls; }
    public Setting<Boolean> oomKillDisable() { return oomKillDisable; }
    public ContainerSpec oomKillDisable(Setting<Boolean> v) { oomKillDisable = v; return this; }
    public Setting<String> logDriver() { return logDriver; }
    public ContainerSpec logDriver(Setting<String> v) { logDriver = v; return this; }
    public Setting<String> cgroupParent() { return cgroupParent; }
    public ContainerSpec cgroupParent(Setting<String> v) { cgroupParent = v; return this; }
    public Setting<Boolean> automountServiceAccountToken() { return automountServiceAccountToken; }
    public ContainerSpec automountServiceAccountToken(Setting<Boolean> v) { automountServiceAccountToken = v; return this; }
    /** Entrypoint and command as they will run, when the source says. */
    public Setting<List<String>> command() { return command; }
    public ContainerSpec command(Setting<List<String>> v) { command = v; return this; }
    /** Processes the engine saw running inside (live containers only). */
    public List<String> processes() { return processes; }
    public ContainerSpec processes(List<String> v) { processes = List.copyOf(v); return this; }
    /** Engine state ({@code running}, {@code created}...); empty for files. */
    public String state() { return state; }
    public ContainerSpec state(String v) { state = v == null ? "" : v; return this; }

    @Override
    public String toString() {
        return "ContainerSpec[" + kind.label() + " " + name + "]";
    }
}
