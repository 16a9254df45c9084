package dev.trusty.container.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.container.ContainerSpec;
import dev.trusty.container.EnvVar;
import dev.trusty.container.Mount;
import dev.trusty.container.PublishedPort;
import dev.trusty.container.Setting;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the Engine API's {@code GET /containers/{id}/json} response into a spec. Every field is
 * optional (null, {@code []} and {@code {}} all mean "nothing"), unknown fields are ignored, and
 * locations name the inspect field ({@code HostConfig.Privileged}). The engine has already merged
 * the image config into {@code Config}, so an empty {@code Config.User} really means root.
 */
public final class InspectMapper {
    private InspectMapper() {
    }

    public static ContainerSpec map(JsonNode inspect) {
        if (inspect == null || !inspect.isObject()) {
            throw new InputException("container inspect data is not a JSON object");
        }
        String name = text(inspect, "Name").replaceFirst("^/", "");
        if (name.isEmpty()) {
            name = text(inspect, "Id");
        }
        if (name.isEmpty()) {
            throw new InputException("container inspect data has neither Name nor Id");
        }
        String container = name;
        ContainerSpec spec = new ContainerSpec(name, Target.Kind.CONTAINER,
                new Location.ContainerField(name, "(container)", null), "");
        JsonNode config = inspect.path("Config");
        JsonNode host = inspect.path("HostConfig");
        spec.state(inspect.path("State").path("Status").asText(""));

        String image = text(config, "Image");
        if (!image.isEmpty()) {
            spec.image(Setting.of(image, at(container, "Config.Image")));
        }
        spec.user(Setting.of(text(config, "User"), at(container, "Config.User")));
        for (JsonNode g : list(host, "GroupAdd")) {
            spec.groups().add(Setting.of(g.asText(), at(container, "HostConfig.GroupAdd")));
        }
        spec.privileged(Setting.of(host.path("Privileged").asBoolean(false), at(container, "HostConfig.Privileged")));
        list(host, "CapAdd").forEach(c -> spec.addCap(c.asText(), at(container, "HostConfig.CapAdd")));
        list(host, "CapDrop").forEach(c -> spec.dropCap(c.asText(), at(container, "HostConfig.CapDrop")));
        for (JsonNode opt : list(host, "SecurityOpt")) {
            // a custom seccomp profile is inlined as JSON by the CLI: keep only that it is custom
            String o = opt.asText();
            spec.securityOpt(o.startsWith("seccomp=") && o.contains("{") ? "seccomp=custom" : o,
                    at(container, "HostConfig.SecurityOpt"));
        }
        if ("unconfined".equals(text(inspect, "AppArmorProfile")) && spec.securityOpt("apparmor").isEmpty()) {
            spec.securityOpt("apparmor=unconfined", at(container, "AppArmorProfile"));
        }
        // --security-opt systempaths=unconfined is not echoed in SecurityOpt; the engine shows it as empty masks
        JsonNode masked = host.path("MaskedPaths");
        if (masked.isArray() && masked.isEmpty() && !spec.isPrivileged()) {
            spec.securityOpt("systempaths=unconfined", at(container, "HostConfig.MaskedPaths"));
        }
        spec.readOnlyRootfs(Setting.of(host.path("ReadonlyRootfs").asBoolean(false), at(container, "HostConfig.ReadonlyRootfs")));
        mounts(spec, container, inspect, host);
        for (JsonNode d : list(host, "Devices")) {
            spec.devices().add(Setting.of(text(d, "PathOnHost"), at(container, "HostConfig.Devices")));
        }
        stringSetting(host, "NetworkMode", container).ifPresent(spec::networkMode);
        stringSetting(host, "PidMode", container).ifPresent(spec::pidMode);
        stringSetting(host, "IpcMode", container).ifPresent(spec::ipcMode);
        stringSetting(host, "UTSMode", container).ifPresent(spec::utsMode);
        stringSetting(host, "UsernsMode", container).ifPresent(spec::usernsMode);
        stringSetting(host, "CgroupnsMode", container).ifPresent(spec::cgroupnsMode);
        stringSetting(host, "CgroupParent", container).ifPresent(spec::cgroupParent);
        ports(spec, container, host);
        spec.memory(longSetting(host, "Memory", container));
        spec.memoryReservation(longSetting(host, "MemoryReservation", container));
        spec.memorySwap(longSetting(host, "MemorySwap", container));
        spec.nanoCpus(longSetting(host, "NanoCpus", container));
        spec.cpuShares(longSetting(host, "CpuShares", container));
        spec.cpuQuota(longSetting(host, "CpuQuota", container));
        stringSetting(host, "CpusetCpus", container).ifPresent(spec::cpusetCpus);
        spec.pidsLimit(longSetting(host, "PidsLimit", container));
        for (JsonNode u : list(host, "Ulimits")) {
            spec.ulimits().put(text(u, "Name"), Setting.of(u.path("Soft").asText() + ":" + u.path("Hard").asText(),
                    at(container, "HostConfig.Ulimits")));
        }
        JsonNode restart = host.path("RestartPolicy");
        if (!text(restart, "Name").isEmpty()) {
            spec.restartPolicy(Setting.of(text(restart, "Name"), at(container, "HostConfig.RestartPolicy.Name")));
            spec.restartMaxRetries(Setting.of(restart.path("MaximumRetryCount").asInt(0),
                    at(container, "HostConfig.RestartPolicy.MaximumRetryCount")));
        }
        JsonNode health = config.path("Healthcheck");
        if (health.isObject()) {
            JsonNode test = health.path("Test");
            boolean none = test.isArray() && !test.isEmpty() && test.get(0).asText().equals("NONE");
            spec.healthcheck(Setting.of(!none && test.isArray() && !test.isEmpty(), at(container, "Config.Healthcheck")));
        }
        for (JsonNode e : list(config, "Env")) {
            String kv = e.asText();
            int eq = kv.indexOf('=');
            spec.env().add(new EnvVar(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? null : kv.substring(eq + 1),
                    at(container, "Config.Env")));
        }
        for (Map.Entry<String, JsonNode> s : host.path("Sysctls").properties()) {
            spec.sysctls().put(s.getKey(), Setting.of(s.getValue().asText(), at(container, "HostConfig.Sysctls")));
        }
        if (host.path("OomKillDisable").isBoolean()) {
            spec.oomKillDisable(Setting.of(host.path("OomKillDisable").asBoolean(), at(container, "HostConfig.OomKillDisable")));
        }
        String logType = text(host.path("LogConfig"), "Type");
        if (!logType.isEmpty()) {
            spec.logDriver(Setting.of(logType, at(container, "HostConfig.LogConfig.Type")));
        }
        List<String> command = new ArrayList<>();
        if (!text(inspect, "Path").isEmpty()) {
            command.add(text(inspect, "Path"));
            list(inspect, "Args").forEach(a -> command.add(a.asText()));
            spec.command(Setting.of(command, at(container, "Path")));
        }
        return spec;
    }

    /**
     * The command lines of a running container's processes from the Engine's
     * {@code GET /containers/{id}/top} response ({@code Titles} + {@code Processes}, ps-style).
     */
    public static List<String> processCommands(JsonNode top) {
        List<JsonNode> titles = list(top, "Titles");
        int column = -1;
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i).asText();
            if (t.equals("CMD") || t.equals("COMMAND") || t.equals("ARGS")) {
                column = i;
            }
        }
        List<String> commands = new ArrayList<>();
        if (column < 0) {
            return commands;
        }
        for (JsonNode row : list(top, "Processes")) {
            if (row.size() > column) {
                commands.add(row.get(column).asText());
            }
        }
        return commands;
    }

    private static void mounts(ContainerSpec spec, String container, JsonNode inspect, JsonNode host) {
        for (JsonNode m : list(inspect, "Mounts")) {
            Mount.Type type = Mount.Type.parse(text(m, "Type"));
            String source = type == Mount.Type.VOLUME && !text(m, "Name").isEmpty() ? text(m, "Name") : text(m, "Source");
            spec.mounts().add(new Mount(type, source, text(m, "Destination"), !m.path("RW").asBoolean(true),
                    text(m, "Propagation"), at(container, "Mounts")));
        }
        if (list(inspect, "Mounts").isEmpty()) {
            // before the engine resolves them (or in trimmed fixtures) only the requested mounts exist
            for (JsonNode b : list(host, "Binds")) {
                spec.mounts().add(DockerSyntax.volume(b.asText(), at(container, "HostConfig.Binds")));
            }
            for (JsonNode m : list(host, "Mounts")) {
                spec.mounts().add(new Mount(Mount.Type.parse(text(m, "Type")), text(m, "Source"), text(m, "Target"),
                        m.path("ReadOnly").asBoolean(false), text(m.path("BindOptions"), "Propagation"),
                        at(container, "HostConfig.Mounts")));
            }
        }
        for (Map.Entry<String, JsonNode> t : host.path("Tmpfs").properties()) {
            spec.mounts().add(new Mount(Mount.Type.TMPFS, "", t.getKey(), false, "", at(container, "HostConfig.Tmpfs")));
        }
    }

    private static void ports(ContainerSpec spec, String container, JsonNode host) {
        for (Map.Entry<String, JsonNode> p : host.path("PortBindings").properties()) {
            String[] portProto = p.getKey().split("/");
            for (JsonNode binding : list(p.getValue())) {
                spec.ports().add(new PublishedPort(text(binding, "HostIp"), text(binding, "HostPort"), portProto[0],
                        portProto.length > 1 ? portProto[1] : "tcp", at(container, "HostConfig.PortBindings")));
            }
        }
        if (host.path("PublishAllPorts").asBoolean(false)) {
            spec.ports().add(new PublishedPort("", "", "(every exposed port)", "tcp",
                    at(container, "HostConfig.PublishAllPorts")));
        }
    }

    private static Location.ContainerField at(String container, String field) {
        return new Location.ContainerField(container, field, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : "";
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        return list(node.path(field));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    private static Optional<Setting<String>> stringSetting(JsonNode host, String field, String container) {
        String v = text(host, field);
        return v.isEmpty() ? Optional.empty()
                : Optional.of(Setting.of(v, at(container, "HostConfig." + field)));
    }

    private static Setting<Long> longSetting(JsonNode host, String field, String container) {
        return Setting.of(host.path(field).asLong(0), at(container, "HostConfig." + field));
    }
}
