package dev.trusty.host.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * daemon.json as dockerd reads it: the top-level keys with their values and the line each is on,
 * the keys dockerd does not know (it refuses to start on them), or the parse error as
 * {@code file:line:col: message}.
 */
public record DaemonConfig(String path, Status status, Map<String, JsonNode> values,
                           Map<String, Integer> lines, List<String> unknownKeys, String error) {

    public enum Status { ABSENT, PARSED, MALFORMED, UNREADABLE }

    public DaemonConfig {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        lines = Map.copyOf(lines);
        unknownKeys = List.copyOf(unknownKeys);
    }

    public static DaemonConfig absent(String path) {
        return new DaemonConfig(path, Status.ABSENT, Map.of(), Map.of(), List.of(), null);
    }

    public static DaemonConfig unreadable(String path, String why) {
        return new DaemonConfig(path, Status.UNREADABLE, Map.of(), Map.of(), List.of(), path + ": " + why);
    }

    /** Where a key was set, e.g. {@code /etc/docker/daemon.json:3 "icc"}. */
    public String source(String key) {
        Integer line = lines.get(key);
        return path + (line != null ? ":" + line : "") + " \"" + key + "\"";
    }

    /** Built on first parse only: most of Jackson's start-up cost is not paid when there is no daemon.json. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Top-level keys dockerd 20.10–28 accepts in daemon.json. */
    static final Set<String> KNOWN_KEYS = Set.of(
            "allow-nondistributable-artifacts", "api-cors-header", "authorization-plugins", "bip",
            "bip6", "bridge", "builder", "cdi-spec-dirs", "cgroup-parent", "cluster-advertise",
            "cluster-store", "cluster-store-opts", "containerd", "containerd-namespace",
            "containerd-plugin-namespace", "cpu-rt-period", "cpu-rt-runtime", "cri-containerd",
            "data-root", "debug", "default-address-pools", "default-cgroupns-mode",
            "default-gateway", "default-gateway-v6", "default-ipc-mode", "default-network-opts",
            "default-runtime", "default-shm-size", "default-ulimits", "disable-legacy-registry",
            "dns", "dns-opts", "dns-search", "exec-opts", "exec-root", "experimental", "features",
            "fixed-cidr", "fixed-cidr-v6", "group", "host-gateway-ip", "host-gateway-ips", "hosts",
            "http-proxy", "https-proxy", "icc", "init", "init-path", "insecure-registries", "ip",
            "ip-forward", "ip-forward-no-drop", "ip-masq", "ip6tables", "iptables", "ipv6", "labels",
            "live-restore", "log-driver", "log-format", "log-level", "log-opts",
            "max-concurrent-downloads", "max-concurrent-uploads", "max-download-attempts", "mtu",
            "no-new-privileges", "no-proxy", "node-generic-resources", "oom-score-adjust", "pidfile",
            "proxies", "raw-logs", "registry-mirrors", "rootless", "runtimes", "seccomp-profile",
            "selinux-enabled", "shutdown-timeout", "storage-driver", "storage-opts",
            "swarm-default-advertise-addr", "tls", "tlscacert", "tlscert", "tlskey", "tlsverify",
            "userland-proxy", "userland-proxy-path", "userns-remap", "validate");

    /** Parses daemon.json text; never throws for bad input, the problem is kept in the result. */
    public static DaemonConfig parse(String path, String text) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        JsonFactory factory = Json.MAPPER.getFactory();
        try (JsonParser parser = factory.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return malformed(path, 1, 1, "empty file; dockerd needs a JSON object (write {} for none)");
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                return malformed(path, at.getLineNr(), at.getColumnNr(), "expected a JSON object, found " + describe(first));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                JsonNode value = Json.MAPPER.readTree(parser);
                values.put(key, value);
                lines.put(key, line);
                if (!KNOWN_KEYS.contains(key)) {
                    unknown.add(key);
                }
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                return malformed(path, at.getLineNr(), at.getColumnNr(), "unexpected " + describe(trailing) + " after the closing brace");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            message = cut > 0 ? message.substring(0, cut) : message;
            return malformed(path, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), message);
        } catch (IOException e) {
            return unreadable(path, e.getMessage());
        }
        return new DaemonConfig(path, Status.PARSED, values, lines, unknown, null);
    }

    private static DaemonConfig malformed(String path, int line, int column, String message) {
        return new DaemonConfig(path, Status.MALFORMED, Map.of(), Map.of(), List.of(),
                path + ":" + line + ":" + column + ": " + message);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "'" + token.asString() + "'";
        };
    }
}
