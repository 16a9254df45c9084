package dev.trusty.container;

import dev.trusty.core.Target;

/**
 * The settings of the model with their spelling in each source, so a finding about a missing
 * setting can name the exact compose key, {@code docker run} flag, Kubernetes field or inspect field.
 */
public enum Key {
    IMAGE("image", "IMAGE", "image", "Config.Image"),
    USER("user", "--user", "securityContext.runAsUser", "Config.User"),
    PRIVILEGED("privileged", "--privileged", "securityContext.privileged", "HostConfig.Privileged"),
    CAP_ADD("cap_add", "--cap-add", "securityContext.capabilities.add", "HostConfig.CapAdd"),
    CAP_DROP("cap_drop", "--cap-drop", "securityContext.capabilities.drop", "HostConfig.CapDrop"),
    NO_NEW_PRIVILEGES("security_opt", "--security-opt", "securityContext.allowPrivilegeEscalation",
            "HostConfig.SecurityOpt"),
    SECURITY_OPT("security_opt", "--security-opt", "securityContext", "HostConfig.SecurityOpt"),
    READ_ONLY("read_only", "--read-only", "securityContext.readOnlyRootFilesystem", "HostConfig.ReadonlyRootfs"),
    MOUNTS("volumes", "--volume", "volumeMounts", "Mounts"),
    DEVICES("devices", "--device", "volumeDevices", "HostConfig.Devices"),
    NETWORK("network_mode", "--network", "hostNetwork", "HostConfig.NetworkMode"),
    PID("pid", "--pid", "hostPID", "HostConfig.PidMode"),
    IPC("ipc", "--ipc", "hostIPC", "HostConfig.IpcMode"),
    UTS("uts", "--uts", null, "HostConfig.UTSMode"),
    USERNS("userns_mode", "--userns", "hostUsers", "HostConfig.UsernsMode"),
    PORTS("ports", "--publish", "ports", "HostConfig.PortBindings"),
    MEMORY("mem_limit", "--memory", "resources.limits.memory", "HostConfig.Memory"),
    CPU("cpus", "--cpus", "resources.limits.cpu", "HostConfig.NanoCpus"),
    PIDS_LIMIT("pids_limit", "--pids-limit", null, "HostConfig.PidsLimit"),
    ULIMITS("ulimits", "--ulimit", null, "HostConfig.Ulimits"),
    RESTART("restart", "--restart", null, "HostConfig.RestartPolicy"),
    HEALTHCHECK("healthcheck", "--health-cmd", "livenessProbe", "Config.Healthcheck"),
    ENV("environment", "--env", "env", "Config.Env"),
    SYSCTLS("sysctls", "--sysctl", "securityContext.sysctls", "HostConfig.Sysctls"),
    OOM_KILL_DISABLE("oom_kill_disable", "--oom-kill-disable", null, "HostConfig.OomKillDisable"),
    CGROUP_PARENT("cgroup_parent", "--cgroup-parent", null, "HostConfig.CgroupParent"),
    LOG_DRIVER("logging.driver", "--log-driver", null, "HostConfig.LogConfig.Type"),
    SERVICE_ACCOUNT_TOKEN(null, null, "automountServiceAccountToken", null),
    PROCESSES("command", "COMMAND", "command", "Path");

    private final String compose;
    private final String run;
    private final String kubernetes;
    private final String inspect;

    Key(String compose, String run, String kubernetes, String inspect) {
        this.compose = compose;
        this.run = run;
        this.kubernetes = kubernetes;
        this.inspect = inspect;
    }

    /** False when the source cannot express the setting at all (Kubernetes has no ulimits), so it cannot be missing. */
    public boolean settableIn(Target.Kind kind) {
        return spellingOrNull(kind) != null;
    }

    /** How the source of kind {@code kind} spells this setting ({@code "(not settable)"} when it has no such thing). */
    public String spelling(Target.Kind kind) {
        String s = spellingOrNull(kind);
        return s == null ? "(not settable)" : s;
    }

    private String spellingOrNull(Target.Kind kind) {
        return switch (kind) {
            case COMPOSE -> compose;
            case DOCKER_RUN -> run;
            case KUBERNETES -> kubernetes;
            default -> inspect;
        };
    }
}
