package dev.trusty.container;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Linux capability names as every source spells them, normalised, and what each hands to an attacker. */
public final class Capabilities {
    /** What Docker grants a container unless told otherwise (moby's default set, 14 names). */
    public static final Set<String> DOCKER_DEFAULT = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID",
            "SYS_CHROOT");

    /** What the Pod Security baseline profile lets a container add: Docker's set minus NET_RAW. */
    public static final Set<String> BASELINE_ALLOWED = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private static final Map<String, String> RISK = Map.ofEntries(
            Map.entry("ALL", "every capability: root's full power over the kernel, a container escape away"),
            Map.entry("SYS_ADMIN", "mount filesystems, change namespaces and cgroups: the classic container escape"),
            Map.entry("SYS_PTRACE", "trace other processes and read or change their memory"),
            Map.entry("SYS_MODULE", "load kernel modules: full control of the host kernel"),
            Map.entry("NET_ADMIN", "reconfigure interfaces, routes and firewall rules; sniff or redirect traffic"),
            Map.entry("NET_RAW", "craft raw packets: ARP and DNS spoofing of neighbours on the same network"),
            Map.entry("DAC_READ_SEARCH", "bypass read permission checks and open host files by handle (the 'shocker' escape)"),
            Map.entry("SYS_RAWIO", "raw access to I/O ports and devices such as /dev/mem"),
            Map.entry("SYS_BOOT", "reboot the host or load a new kernel with kexec"),
            Map.entry("BPF", "load eBPF programs that read kernel memory and hook the kernel"),
            Map.entry("PERFMON", "use perf events that leak kernel addresses and data"),
            Map.entry("SYS_TIME", "change the host clock, which breaks certificates, logs and tokens"),
            Map.entry("SYS_RESOURCE", "override resource limits and quotas meant to contain the container"),
            Map.entry("MAC_ADMIN", "change the AppArmor or SELinux policy that confines containers"),
            Map.entry("MAC_OVERRIDE", "bypass AppArmor or SELinux confinement"),
            Map.entry("SYSLOG", "read the kernel log, which reveals kernel addresses"),
            Map.entry("LINUX_IMMUTABLE", "change immutable and append-only files (e.g. wipe audit logs)"),
            Map.entry("AUDIT_CONTROL", "turn kernel auditing off or change its rules"),
            Map.entry("IPC_LOCK", "lock memory, starving the host"),
            Map.entry("IPC_OWNER", "bypass permission checks on shared memory and message queues"),
            Map.entry("SYS_NICE", "raise priorities and starve other workloads"),
            Map.entry("SYS_PACCT", "switch process accounting on or off"),
            Map.entry("SYS_TTY_CONFIG", "reconfigure host terminals"),
            Map.entry("WAKE_ALARM", "set alarms that wake the host"),
            Map.entry("BLOCK_SUSPEND", "prevent the host from suspending"),
            Map.entry("LEASE", "take leases on files other users own"),
            Map.entry("CHECKPOINT_RESTORE", "checkpoint and restore processes, including their secrets"));

    private Capabilities() {
    }

    /** {@code cap_sys_admin}, {@code CAP_SYS_ADMIN}, {@code sys_admin} → {@code SYS_ADMIN}. */
    public static String normalise(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        return n.startsWith("CAP_") ? n.substring(4) : n;
    }

    /** What an attacker in the container can do with this capability, or null when it is harmless enough. */
    public static String risk(String normalisedName) {
        return RISK.get(normalisedName);
    }
}
