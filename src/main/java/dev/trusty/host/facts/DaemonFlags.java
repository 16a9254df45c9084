package dev.trusty.host.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a dockerd argument list the way its flag library does ({@code --name=value},
 * {@code --name value}, {@code -H value}, boolean flags that take no separate value) and maps each
 * flag to the daemon.json key it corresponds to, so flags and file can be compared.
 */
public final class DaemonFlags {

    /** One flag as given: the daemon.json key it sets, its value, and the text on the command line. */
    public record Flag(String key, String value, String given) {
    }

    /** Flags that never consume the next argument (they take {@code =false} when negated). */
    private static final Set<String> BOOLEAN = Set.of(
            "debug", "icc", "iptables", "ip6tables", "ip-forward", "ip-masq", "ipv6", "live-restore",
            "userland-proxy", "no-new-privileges", "experimental", "tls", "tlsverify", "selinux-enabled",
            "raw-logs", "init", "disable-legacy-registry", "rootless", "help", "version");

    private static final Map<String, String> SHORT = Map.of(
            "D", "debug", "H", "host", "l", "log-level", "G", "group", "g", "data-root",
            "p", "pidfile", "b", "bridge", "s", "storage-driver", "v", "version", "h", "help");

    /** Flag names whose daemon.json key is spelled differently (mostly plural lists). */
    private static final Map<String, String> KEY_OF = Map.ofEntries(
            Map.entry("host", "hosts"),
            Map.entry("insecure-registry", "insecure-registries"),
            Map.entry("authorization-plugin", "authorization-plugins"),
            Map.entry("default-ulimit", "default-ulimits"),
            Map.entry("storage-opt", "storage-opts"),
            Map.entry("label", "labels"),
            Map.entry("dns-opt", "dns-opts"),
            Map.entry("exec-opt", "exec-opts"),
            Map.entry("log-opt", "log-opts"),
            Map.entry("registry-mirror", "registry-mirrors"),
            Map.entry("add-runtime", "runtimes"),
            Map.entry("graph", "data-root"),
            Map.entry("default-address-pool", "default-address-pools"),
            Map.entry("allow-nondistributable-artifacts", "allow-nondistributable-artifacts"));

    private DaemonFlags() {
    }

    public static List<Flag> parse(List<String> args) {
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
                continue;
            }
            String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
            String value = null;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                value = body.substring(eq + 1);
                body = body.substring(0, eq);
            }
            String name = arg.startsWith("--") ? body : SHORT.getOrDefault(body, body);
            if (!arg.startsWith("--") && body.length() > 1 && !SHORT.containsKey(body) && value == null) {
                // -Htcp://... : a short flag glued to its value
                String first = body.substring(0, 1);
                if (SHORT.containsKey(first)) {
                    name = SHORT.get(first);
                    value = body.substring(1);
                }
            }
            if (value == null) {
                if (BOOLEAN.contains(name)) {
                    value = "true";
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                    arg = arg + " " + value;
                } else {
                    value = "";
                }
            }
            flags.add(new Flag(keyOf(name), value, arg));
        }
        return flags;
    }

    public static String keyOf(String flagName) {
        return KEY_OF.getOrDefault(flagName, flagName);
    }
}
