package dev.trusty.container.sources;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.EnvVar;
import dev.trusty.container.Mount;
import dev.trusty.container.PublishedPort;
import dev.trusty.container.Setting;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.Target;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads Kubernetes manifests (multi-document YAML, {@code List} kinds) into one spec per container,
 * init container and ephemeral container of every workload. Pod-level security context applies
 * unless the container overrides it. Where Kubernetes' default differs from Docker's (seccomp is
 * Unconfined unless the kubelet says otherwise, the service account token is mounted), the
 * default is written into the spec, pointing at the pod spec, so rules need not know the source.
 */
public final class KubernetesSource {
    /** Where each workload kind keeps its pod spec. */
    private static final Map<String, List<String>> POD_SPEC = Map.of(
            "Pod", List.of("spec"),
            "Deployment", List.of("spec", "template", "spec"),
            "StatefulSet", List.of("spec", "template", "spec"),
            "DaemonSet", List.of("spec", "template", "spec"),
            "ReplicaSet", List.of("spec", "template", "spec"),
            "ReplicationController", List.of("spec", "template", "spec"),
            "Job", List.of("spec", "template", "spec"),
            "PodTemplate", List.of("template", "spec"),
            "CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec"));

    private static final String APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

    private final Consumer<String> warnings;

    public KubernetesSource(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    public List<ContainerSpec> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return read(file.toString(), text);
    }

    public List<ContainerSpec> read(String path, String text) {
        List<ContainerSpec> specs = new ArrayList<>();
        for (Yml doc : Yml.parseAll(path, text, Yml.ScalarFilter.NONE)) {
            object(path, doc, "", specs);
        }
        return specs;
    }

    private void object(String path, Yml doc, String docPath, List<ContainerSpec> out) {
        if (doc instanceof Yml.Scalar s && s.isNull()) {
            return;
        }
        if (!(doc instanceof Yml.Mapping obj) || obj.text("kind") == null) {
            throw InputException.at(path, doc.at().line(), doc.at().column(),
                    "not a Kubernetes object: expected a mapping with 'apiVersion' and 'kind'");
        }
        String kind = obj.text("kind");
        if (kind.endsWith("List") && obj.sequence("items") != null) {
            List<Yml> items = obj.sequence("items").items();
            for (int i = 0; i < items.size(); i++) {
                object(path, items.get(i), docPath + "items[" + i + "].", out);
            }
            return;
        }
        List<String> podPath = POD_SPEC.get(kind);
        Location.File kindAt = obj.get("kind").at();
        if (podPath == null) {
            warnings.accept(kindAt.describe() + ": kind " + kind + " has no containers (workloads: "
                    + String.join(", ", POD_SPEC.keySet().stream().sorted().toList()) + "), skipped");
            return;
        }
        Yml.Mapping meta = obj.mapping("metadata");
        String name = kind + "/" + (meta != null && meta.text("name") != null ? meta.text("name") : "(unnamed)");
        Yml.Mapping pod = obj;
        Yml.Mapping podMeta = meta;
        for (int i = 0; i < podPath.size(); i++) {
            if (podPath.get(i).equals("template") && pod.mapping("template") != null) {
                podMeta = pod.mapping("template").mapping("metadata");
            }
            pod = pod.mapping(podPath.get(i));
            if (pod == null) {
                warnings.accept(kindAt.describe() + ": " + name + " has no " + String.join(".", podPath.subList(0, i + 1))
                        + ", skipped");
                return;
            }
        }
        String podField = docPath + String.join(".", podPath) + ".";
        new PodMapper(path, name, pod, podField, podMeta).containers(out);
    }

    /** Maps the containers of one pod spec. */
    private static final class PodMapper {
        private final String path;
        private final String owner;
        private final Yml.Mapping pod;
        private final String podField;
        private final Map<String, String> annotations = new HashMap<>();
        private final Map<String, Yml.Mapping> volumes = new HashMap<>();

        PodMapper(String path, String owner, Yml.Mapping pod, String podField, Yml.Mapping podMeta) {
            this.path = path;
            this.owner = owner;
            this.pod = pod;
            this.podField = podField;
            Yml.Mapping ann = podMeta == null ? null : podMeta.mapping("annotations");
            if (ann != null) {
                ann.entries().forEach((k, e) -> {
                    if (e.value() instanceof Yml.Scalar s) {
                        annotations.put(k, s.text());
                    }
                });
            }
            Yml.Sequence vols = pod.sequence("volumes");
            if (vols != null) {
                for (Yml v : vols.items()) {
                    if (v instanceof Yml.Mapping m && m.text("name") != null) {
                        volumes.put(m.text("name"), m);
                    }
                }
            }
        }

        void containers(List<ContainerSpec> out) {
            for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
                Yml.Sequence seq = pod.sequence(list);
                if (seq == null) {
                    continue;
                }
                for (int i = 0; i < seq.items().size(); i++) {
                    if (seq.items().get(i) instanceof Yml.Mapping c) {
                        out.add(container(c, list, i));
                    }
                }
            }
        }

        private Location.ContainerField podAt(ContainerSpec spec, String field, Yml node) {
            return new Location.ContainerField(spec.name(), podField + field, node.at());
        }

        private ContainerSpec container(Yml.Mapping c, String list, int index) {
            String cname = c.text("name") == null ? list + "[" + index + "]" : c.text("name");
            String name = owner + ":" + cname + (list.equals("containers") ? "" : " (" + list + ")");
            String prefix = podField + list + "[" + index + "].";
            ContainerSpec spec = new ContainerSpec(name, Target.Kind.KUBERNETES,
                    new Location.ContainerField(name, prefix.substring(0, prefix.length() - 1), c.at()), prefix);
            if (c.scalar("image") != null) {
                spec.image(Setting.of(c.text("image"), spec.field("image", c.get("image").at())));
            }
            hostNamespaces(spec);
            securityContext(spec, c);
            resources(spec, c);
            ports(spec, c);
            mounts(spec, c);
            env(spec, c);
            probes(spec, c);
            command(spec, c);
            serviceAccountToken(spec);
            spec.networkMode(spec.networkMode() != null ? spec.networkMode()
                    : Setting.of("pod", new Location.ContainerField(name, podField + "hostNetwork", pod.at())));
            return spec;
        }

        private void hostNamespaces(ContainerSpec spec) {
            for (String key : List.of("hostNetwork", "hostPID", "hostIPC")) {
                Yml.Scalar v = pod.scalar(key);
                if (v == null) {
                    continue;
                }
                Setting<String> mode = Setting.of(v.isTrue() ? "host" : "private", podAt(spec, key, v));
                switch (key) {
                    case "hostNetwork" -> spec.networkMode(v.isTrue() ? mode : null);
                    case "hostPID" -> spec.pidMode(mode);
                    default -> spec.ipcMode(mode);
                }
            }
        }

        /** Pod-level context first, then the container's, which wins field by field. */
        private void securityContext(ContainerSpec spec, Yml.Mapping c) {
            Yml.Mapping podCtx = pod.mapping("securityContext");
            Yml.Mapping ctx = c.mapping("securityContext");
            String ctxPrefix = "securityContext.";
            for (String key : List.of("runAsUser", "runAsNonRoot", "seccompProfile", "appArmorProfile", "seLinuxOptions")) {
                Yml.Mapping from = ctx != null && ctx.has(key) ? ctx : podCtx != null && podCtx.has(key) ? podCtx : null;
                if (from == null) {
                    continue;
                }
                Yml node = from.get(key);
                Location.ContainerField at = from == ctx ? spec.field(ctxPrefix + key, node.at())
                        : podAt(spec, ctxPrefix + key, node);
                switch (key) {
                    case "runAsUser" -> {
                        if (node instanceof Yml.Scalar s) {
                            spec.user(Setting.of(s.text(), at));
                        }
                    }
                    case "runAsNonRoot" -> {
                        if (node instanceof Yml.Scalar s) {
                            spec.runAsNonRoot(Setting.of(s.isTrue(), at));
                        }
                    }
                    case "seccompProfile" -> seccomp(spec, node, at);
                    case "appArmorProfile" -> {
                        if (node instanceof Yml.Mapping m && m.text("type") != null) {
                            String type = m.text("type");
                            spec.securityOpt("apparmor=" + (type.equals("Unconfined") ? "unconfined"
                                    : type.equals("Localhost") ? m.text("localhostProfile") : "runtime/default"), at);
                        }
                    }
                    default -> {
                        if (node instanceof Yml.Mapping m) {
                            for (String part : List.of("type", "user", "role", "level")) {
                                if (m.text(part) != null) {
                                    spec.securityOpt("label=" + part + ":" + m.text(part), at);
                                }
                            }
                        }
                    }
                }
            }
            if (spec.securityOpt("seccomp").isEmpty()) {
                // without a profile the kubelet runs the container Unconfined (unless --seccomp-default)
                spec.securityOpt("seccomp=unconfined", spec.field(ctxPrefix + "seccompProfile (unset)", c.at()));
            }
            String annotation = annotations.get(APPARMOR_ANNOTATION + (c.text("name") == null ? "" : c.text("name")));
            if (annotation != null && spec.securityOpt("apparmor").isEmpty()) {
                String profile = annotation.equals("unconfined") ? "unconfined"
                        : annotation.startsWith("localhost/") ? annotation.substring(10) : "runtime/default";
                spec.securityOpt("apparmor=" + profile, new Location.ContainerField(spec.name(),
                        "metadata.annotations." + APPARMOR_ANNOTATION + c.text("name"), c.at()));
            }
            if (podCtx != null) {
                Yml.Sequence sysctls = podCtx.sequence("sysctls");
                if (sysctls != null) {
                    for (Yml s : sysctls.items()) {
                        if (s instanceof Yml.Mapping m && m.text("name") != null) {
                            spec.sysctls().put(m.text("name"), Setting.of(m.text("value") == null ? "" : m.text("value"),
                                    podAt(spec, "securityContext.sysctls", s)));
                        }
                    }
                }
            }
            if (ctx == null) {
                return;
            }
            if (ctx.scalar("privileged") != null) {
                spec.privileged(Setting.of(ctx.scalar("privileged").isTrue(), spec.field(ctxPrefix + "privileged",
                        ctx.get("privileged").at())));
            }
            if (ctx.scalar("allowPrivilegeEscalation") != null) {
                boolean allow = ctx.scalar("allowPrivilegeEscalation").isTrue();
                spec.securityOpt("no-new-privileges=" + !allow, spec.field(ctxPrefix + "allowPrivilegeEscalation",
                        ctx.get("allowPrivilegeEscalation").at()));
            }
            if (ctx.scalar("readOnlyRootFilesystem") != null) {
                spec.readOnlyRootfs(Setting.of(ctx.scalar("readOnlyRootFilesystem").isTrue(),
                        spec.field(ctxPrefix + "readOnlyRootFilesystem", ctx.get("readOnlyRootFilesystem").at())));
            }
            if ("Unmasked".equals(ctx.text("procMount"))) {
                spec.securityOpt("systempaths=unconfined", spec.field(ctxPrefix + "procMount", ctx.get("procMount").at()));
            }
            Yml.Mapping caps = ctx.mapping("capabilities");
            if (caps != null) {
                for (String op : List.of("add", "drop")) {
                    Yml.Sequence list = caps.sequence(op);
                    if (list == null) {
                        continue;
                    }
                    for (Yml cap : list.items()) {
                        if (cap instanceof Yml.Scalar s) {
                            Location.ContainerField at = spec.field(ctxPrefix + "capabilities." + op, cap.at());
                            if (op.equals("add")) {
                                spec.addCap(s.text(), at);
                            } else {
                                spec.dropCap(s.text(), at);
                            }
                        }
                    }
                }
            }
        }

        private static void seccomp(ContainerSpec spec, Yml node, Location.ContainerField at) {
            if (node instanceof Yml.Mapping m && m.text("type") != null) {
                String type = m.text("type");
                spec.securityOpt("seccomp=" + switch (type) {
                    case "Unconfined" -> "unconfined";
                    case "Localhost" -> "localhost/" + m.text("localhostProfile");
                    default -> "runtime/default";
                }, at);
            }
        }

        private void resources(ContainerSpec spec, Yml.Mapping c) {
            Yml.Mapping res = c.mapping("resources");
            if (res == null) {
                return;
            }
            Yml.Mapping limits = res.mapping("limits");
            Yml.Mapping requests = res.mapping("requests");
            quantity(spec, limits, "memory", "resources.limits.memory")
                    .ifPresent(q -> spec.memory(Setting.of(q.value().longValue(), q.at())));
            quantity(spec, limits, "cpu", "resources.limits.cpu")
                    .ifPresent(q -> spec.nanoCpus(Setting.of(q.value().movePointRight(9).longValue(), q.at())));
            quantity(spec, requests, "memory", "resources.requests.memory")
                    .ifPresent(q -> spec.memoryReservation(Setting.of(q.value().longValue(), q.at())));
        }

        private Optional<Setting<BigDecimal>> quantity(ContainerSpec spec, Yml.Mapping m, String key,
                                                                 String field) {
            if (m == null || m.scalar(key) == null) {
                return Optional.empty();
            }
            Yml v = m.get(key);
            try {
                return Optional.of(Setting.of(DockerSyntax.quantity(m.text(key)), spec.field(field, v.at())));
            } catch (IllegalArgumentException e) {
                throw InputException.at(path, v.at().line(), v.at().column(), Messages.oneLine(e.getMessage()));
            }
        }

        private static void ports(ContainerSpec spec, Yml.Mapping c) {
            Yml.Sequence ports = c.sequence("ports");
            if (ports == null) {
                return;
            }
            for (Yml p : ports.items()) {
                if (p instanceof Yml.Mapping m && m.text("hostPort") != null && !m.text("hostPort").equals("0")) {
                    spec.ports().add(new PublishedPort(m.text("hostIP"), m.text("hostPort"), m.text("containerPort"),
                            m.text("protocol") == null ? "tcp" : m.text("protocol").toLowerCase(Locale.ROOT),
                            spec.field("ports.hostPort", m.get("hostPort").at())));
                }
            }
        }

        private void mounts(ContainerSpec spec, Yml.Mapping c) {
            Yml.Sequence mounts = c.sequence("volumeMounts");
            if (mounts == null) {
                return;
            }
            for (Yml item : mounts.items()) {
                if (!(item instanceof Yml.Mapping m) || m.text("mountPath") == null) {
                    continue;
                }
                Location.ContainerField at = spec.field("volumeMounts", item.at());
                Yml.Mapping volume = volumes.get(m.text("name"));
                boolean ro = m.scalar("readOnly") != null && m.scalar("readOnly").isTrue();
                String propagation = switch (m.text("mountPropagation") == null ? "" : m.text("mountPropagation")) {
                    case "Bidirectional" -> "rshared";
                    case "HostToContainer" -> "rslave";
                    default -> "";
                };
                Mount.Type type = Mount.Type.VOLUME;
                String source = m.text("name");
                if (volume != null && volume.mapping("hostPath") != null) {
                    type = Mount.Type.BIND;
                    Yml.Mapping hostPath = volume.mapping("hostPath");
                    source = hostPath.text("path");
                    String hpType = hostPath.text("type") == null ? "" : hostPath.text("type");
                    at = new Location.ContainerField(spec.name(), podField + "volumes." + m.text("name") + ".hostPath",
                            hostPath.at());
                    if (hpType.equals("CharDevice") || hpType.equals("BlockDevice")) {
                        spec.devices().add(Setting.of(source, at));
                        continue;
                    }
                } else if (volume != null && volume.mapping("emptyDir") != null
                        && "Memory".equals(volume.mapping("emptyDir").text("medium"))) {
                    type = Mount.Type.TMPFS;
                    source = "";
                }
                spec.mounts().add(new Mount(type, source, m.text("mountPath"), ro, propagation, at));
            }
        }

        private static void env(ContainerSpec spec, Yml.Mapping c) {
            Yml.Sequence env = c.sequence("env");
            if (env == null) {
                return;
            }
            for (Yml item : env.items()) {
                if (item instanceof Yml.Mapping m && m.text("name") != null) {
                    spec.env().add(new EnvVar(m.text("name"), m.text("value"),
                            spec.field("env." + m.text("name"), item.at())));
                }
            }
        }

        private static void probes(ContainerSpec spec, Yml.Mapping c) {
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                if (c.mapping(probe) != null) {
                    spec.healthcheck(Setting.of(true, spec.field(probe, c.get(probe).at())));
                    return;
                }
            }
        }

        private static void command(ContainerSpec spec, Yml.Mapping c) {
            List<String> words = new ArrayList<>();
            Yml first = null;
            for (String key : List.of("command", "args")) {
                Yml.Sequence seq = c.sequence(key);
                if (seq != null) {
                    seq.items().stream().filter(Yml.Scalar.class::isInstance).map(i -> ((Yml.Scalar) i).text())
                            .forEach(words::add);
                    first = first == null ? seq : first;
                }
            }
            if (first != null) {
                spec.command(Setting.of(List.copyOf(words), spec.field("command", first.at())));
            }
        }

        /** Kubernetes mounts the service account token unless told not to: write that default down. */
        private void serviceAccountToken(ContainerSpec spec) {
            Yml.Scalar v = pod.scalar("automountServiceAccountToken");
            spec.automountServiceAccountToken(v != null
                    ? Setting.of(v.isTrue(), podAt(spec, "automountServiceAccountToken", v))
                    : Setting.of(true, new Location.ContainerField(spec.name(),
                    podField + "automountServiceAccountToken (unset)", pod.at())));
        }
    }
}
