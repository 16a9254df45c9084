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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Reads a compose file the way {@code docker compose} does (anchors, merge keys, {@code x-}
 * extensions, {@code extends}, interpolation with the {@code .env} file next to it) into one
 * {@link ContainerSpec} per service, every value pointing at its line and column.
 */
public final class ComposeSource {
    private final Map<String, String> environment;
    private final Consumer<String> warnings;

    /**
     * @param environment the caller's environment; it wins over the {@code .env} file, as in compose
     * @param warnings    receives non-fatal problems (unset variables, unreadable values)
     */
    public ComposeSource(Map<String, String> environment, Consumer<String> warnings) {
        this.environment = environment;
        this.warnings = warnings;
    }

    /**
     * The services of one compose file, merged with its {@code .override} file when it has the name
     * {@code docker compose} looks for ({@code compose.yaml}, {@code docker-compose.yml}...) and the
     * override sits beside it: that is the project {@code docker compose up} runs there.
     */
    public List<ContainerSpec> read(Path file) {
        Path override = overrideOf(file);
        return read(override == null ? List.of(file) : List.of(file, override), new HashSet<>());
    }

    /** The services of several compose files merged in order, as {@code docker compose -f a -f b} does. */
    public List<ContainerSpec> readMerged(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no compose file");
        }
        return read(files, new HashSet<>());
    }

    /** The override file compose would merge into {@code file} by default, or null. */
    public static Path overrideOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        java.util.regex.Matcher m = DEFAULT_NAME.matcher(name.toString());
        if (!m.matches()) {
            return null;
        }
        Path override = file.resolveSibling(m.group(1) + ".override." + m.group(2));
        return Files.isRegularFile(override) ? override : null;
    }

    /** The base file that {@link #read(Path)} merges the default override {@code file} into, or null. */
    public static Path mergedInto(Path file) {
        Path name = file.getFileName();
        java.util.regex.Matcher m = name == null ? null : OVERRIDE_NAME.matcher(name.toString());
        Path base = m != null && m.matches() ? file.resolveSibling(m.group(1) + "." + m.group(2)) : null;
        return base != null && Files.isRegularFile(base) ? base : null;
    }

    private static final java.util.regex.Pattern DEFAULT_NAME =
            java.util.regex.Pattern.compile("(compose|docker-compose)\\.(ya?ml)");
    private static final java.util.regex.Pattern OVERRIDE_NAME =
            java.util.regex.Pattern.compile("(compose|docker-compose)\\.override\\.(ya?ml)");

    private List<ContainerSpec> read(List<Path> files, Set<Path> including) {
        Path file = files.getFirst();
        Map<String, String> vars = variables(file);   // the project's .env is the first file's, as in compose
        List<ContainerSpec> specs = new ArrayList<>();
        Yml.Mapping root = null;
        for (Path f : files) {
            Yml.Mapping doc = document(f, vars);
            specs.addAll(included(f, doc, including));
            if (root != null && doc.has("services") && !(doc.get("services") instanceof Yml.Mapping)
                    && !(doc.get("services") instanceof Yml.Scalar sc && sc.isNull())) {
                throw InputException.at(f.toString(), doc.keyAt("services").line(), doc.keyAt("services").column(),
                        "'services' must be a mapping");
            }
            root = root == null ? doc : ComposeMerge.merge(root, doc);
        }
        Yml.Mapping services = root.mapping("services");
        if (services == null) {
            if (root.has("services") || root.has("include")) {
                return specs;
            }
            throw InputException.at(file.toString(), root.at().line(), root.at().column(),
                    "not a compose file: no top-level 'services' mapping");
        }
        Set<String> activeProfiles = activeProfiles();
        for (Yml.Entry entry : services.entries().values()) {
            if (!(entry.value() instanceof Yml.Mapping service)) {
                throw InputException.at(file.toString(), entry.keyAt().line(), entry.keyAt().column(),
                        Messages.oneLine("service '" + entry.key() + "' must be a mapping"));
            }
            if (!enabled(service, activeProfiles)) {
                warnings.accept(entry.keyAt().describe() + ": service " + entry.key()
                        + " skipped: none of its profiles is in COMPOSE_PROFILES");
                continue;
            }
            Yml.Mapping resolved = resolveExtends(file, services, entry.key(), service, new HashSet<>());
            if (specs.stream().anyMatch(s -> s.name().equals(entry.key()))) {
                throw InputException.at(file.toString(), entry.keyAt().line(), entry.keyAt().column(),
                        "service '" + entry.key() + "' is also defined by an included compose file");
            }
            specs.add(new ServiceMapper(file.toString(), entry.key(), entry.keyAt()).map(resolved));
        }
        return specs;
    }

    /**
     * The services of the files a top-level {@code include:} names (short form: paths; long form:
     * {@code path:} as a string, or a list of files merged like override files), each read like a
     * compose project of its own, relative to the including file. Findings point into the included file.
     */
    private List<ContainerSpec> included(Path file, Yml.Mapping root, Set<Path> including) {
        Yml.Sequence include = root.sequence("include");
        if (include == null) {
            return List.of();
        }
        Path self = file.toAbsolutePath().normalize();
        including.add(self);
        List<ContainerSpec> specs = new ArrayList<>();
        for (Yml item : include.items()) {
            List<Path> project = new ArrayList<>();
            for (Yml path : includePaths(item)) {
                if (!(path instanceof Yml.Scalar name) || name.isNull()) {
                    throw InputException.at(file.toString(), item.at().line(), item.at().column(),
                            "include entries need a path");
                }
                Path target = self.resolveSibling(name.text()).normalize();
                if (including.contains(target)) {
                    throw InputException.at(file.toString(), name.at().line(), name.at().column(),
                            "include cycle: " + name.text() + " includes this file again");
                }
                project.add(Path.of(file.toString()).resolveSibling(name.text()).normalize());
            }
            specs.addAll(read(project, including));
        }
        including.remove(self);
        return specs;
    }

    /** {@code - a.yaml}, {@code - path: a.yaml} or {@code - path: [a.yaml, b.yaml]}. */
    private static List<Yml> includePaths(Yml item) {
        if (!(item instanceof Yml.Mapping longForm)) {
            return List.of(item);
        }
        Yml path = longForm.get("path");
        return path instanceof Yml.Sequence list ? list.items() : java.util.Collections.singletonList(path);
    }

    /**
     * Profiles chosen through {@code COMPOSE_PROFILES}, or null when none are: then every service is
     * audited, since a service behind a profile still runs somewhere (compose would skip it).
     */
    private Set<String> activeProfiles() {
        String chosen = environment.get("COMPOSE_PROFILES");
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        Set<String> active = new HashSet<>();
        for (String p : chosen.split(",")) {
            active.add(p.trim());
        }
        return active;
    }

    private static boolean enabled(Yml.Mapping service, Set<String> active) {
        Yml.Sequence profiles = service.sequence("profiles");
        if (active == null || active.contains("*") || profiles == null || profiles.items().isEmpty()) {
            return true;
        }
        return profiles.items().stream().anyMatch(p -> p instanceof Yml.Scalar s && active.contains(s.text()));
    }

    private Map<String, String> variables(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Map<String, String> vars = new HashMap<>(dir == null ? Map.of() : DotEnv.read(dir.resolve(".env")));
        vars.putAll(environment);
        return vars;
    }

    private Yml.Mapping document(Path file, Map<String, String> vars) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        List<Yml> docs = Yml.parseAll(file.toString(), text, new Interpolator(vars, warnings));
        if (docs.isEmpty()) {
            throw new InputException(file + ": empty compose file");
        }
        if (!(docs.get(0) instanceof Yml.Mapping root)) {
            throw InputException.at(file.toString(), docs.get(0).at().line(), docs.get(0).at().column(),
                    "a compose file must be a mapping with 'services'");
        }
        return root;
    }

    /** Applies {@code extends} (same file or another), the local service winning over its base. */
    private Yml.Mapping resolveExtends(Path file, Yml.Mapping services, String name, Yml.Mapping service,
                                       Set<String> seen) {
        Yml ext = service.get("extends");
        if (ext == null) {
            return service;
        }
        if (!seen.add(file + "#" + name)) {
            throw InputException.at(file.toString(), ext.at().line(), ext.at().column(),
                    "'extends' loop through service '" + name + "'");
        }
        String baseName;
        Path baseFile = file;
        if (ext instanceof Yml.Scalar s) {
            baseName = s.text();
        } else if (ext instanceof Yml.Mapping m && m.text("service") != null) {
            baseName = m.text("service");
            if (m.text("file") != null) {
                Path dir = file.toAbsolutePath().getParent();
                baseFile = dir == null ? Path.of(m.text("file")) : dir.resolve(m.text("file")).normalize();
            }
        } else {
            throw InputException.at(file.toString(), ext.at().line(), ext.at().column(),
                    "'extends' needs a service name");
        }
        Yml.Mapping baseServices = baseFile.equals(file) ? services
                : document(baseFile, variables(baseFile)).mapping("services");
        Yml.Mapping base = baseServices == null ? null : baseServices.mapping(baseName);
        if (base == null) {
            throw InputException.at(file.toString(), ext.at().line(), ext.at().column(), Messages.oneLine(
                    "'extends' names service '" + baseName + "', which " + baseFile + " does not define"));
        }
        Yml.Mapping resolvedBase = resolveExtends(baseFile, baseServices, baseName, base, seen);
        return merge(resolvedBase, service);
    }

    /** The service over its base, by compose's merge rules; {@code extends} itself is used up. */
    private static Yml.Mapping merge(Yml.Mapping base, Yml.Mapping over) {
        Yml.Mapping merged = ComposeMerge.merge(base, over);
        Map<String, Yml.Entry> entries = new LinkedHashMap<>(merged.entries());
        entries.remove("extends");
        return new Yml.Mapping(entries, merged.at());
    }

    /** Turns one service mapping into a spec. */
    private static final class ServiceMapper {
        private final String path;
        private final String service;
        private final ContainerSpec spec;

        ServiceMapper(String path, String service, Location.File declaredAt) {
            this.path = path;
            this.service = service;
            this.spec = new ContainerSpec(service, Target.Kind.COMPOSE,
                    new Location.ContainerField(service, "services." + service, declaredAt), "services." + service + ".");
        }

        private Location.ContainerField at(String field, Yml node) {
            return spec.field(field, node.at());
        }

        private InputException error(Yml node, String message) {
            return InputException.at(path, node.at().line(), node.at().column(),
                    Messages.oneLine("services." + service + ": " + message));
        }

        ContainerSpec map(Yml.Mapping s) {
            text(s, "image").ifPresent(v -> spec.image(v));
            text(s, "user").ifPresent(v -> spec.user(v));
            for (Yml g : list(s, "group_add")) {
                spec.groups().add(Setting.of(scalar(g), at("group_add", g)));
            }
            bool(s, "privileged").ifPresent(spec::privileged);
            for (Yml c : list(s, "cap_add")) {
                spec.addCap(scalar(c), at("cap_add", c));
            }
            for (Yml c : list(s, "cap_drop")) {
                spec.dropCap(scalar(c), at("cap_drop", c));
            }
            for (Yml o : list(s, "security_opt")) {
                spec.securityOpt(scalar(o), at("security_opt", o));
            }
            bool(s, "read_only").ifPresent(spec::readOnlyRootfs);
            for (Yml t : list(s, "tmpfs")) {
                String target = scalar(t).split(":")[0];
                spec.mounts().add(new Mount(Mount.Type.TMPFS, "", target, false, "", at("tmpfs", t)));
            }
            volumes(s);
            devices(s);
            text(s, "network_mode").ifPresent(spec::networkMode);
            if (spec.networkMode() == null) {
                // compose attaches services to the project's own network, never to docker0
                spec.networkMode(Setting.of("compose project network", spec.at(dev.trusty.container.Key.NETWORK)));
            }
            text(s, "pid").ifPresent(spec::pidMode);
            text(s, "ipc").ifPresent(spec::ipcMode);
            text(s, "uts").ifPresent(spec::utsMode);
            text(s, "userns_mode").ifPresent(spec::usernsMode);
            text(s, "cgroup").ifPresent(spec::cgroupnsMode);
            text(s, "cgroup_parent").ifPresent(spec::cgroupParent);
            ports(s);
            resources(s);
            ulimits(s);
            restart(s);
            healthcheck(s);
            environment(s);
            sysctls(s);
            bool(s, "oom_kill_disable").ifPresent(spec::oomKillDisable);
            Yml.Mapping logging = s.mapping("logging");
            if (logging != null && logging.scalar("driver") != null) {
                spec.logDriver(Setting.of(logging.text("driver"), at("logging.driver", logging.get("driver"))));
            }
            command(s);
            return spec;
        }

        private Optional<Setting<String>> text(Yml.Mapping m, String key) {
            return text(m, key, key);
        }

        private Optional<Setting<String>> text(Yml.Mapping m, String key, String field) {
            Yml v = m.get(key);
            if (v == null || (v instanceof Yml.Scalar sc && sc.isNull())) {
                return Optional.empty();
            }
            return Optional.of(Setting.of(scalar(v), at(field, v)));
        }

        private Optional<Setting<Boolean>> bool(Yml.Mapping m, String key) {
            Yml v = m.get(key);
            if (!(v instanceof Yml.Scalar sc) || sc.isNull()) {
                return Optional.empty();
            }
            return Optional.of(Setting.of(sc.isTrue(), at(key, v)));
        }

        private String scalar(Yml node) {
            if (node instanceof Yml.Scalar s) {
                return s.text();
            }
            throw error(node, "expected a single value here");
        }

        /** A list, or a single scalar treated as a one-element list (compose accepts both for several keys). */
        private List<Yml> list(Yml.Mapping m, String key) {
            Yml v = m.get(key);
            if (v == null || (v instanceof Yml.Scalar sc && sc.isNull())) {
                return List.of();
            }
            if (v instanceof Yml.Sequence seq) {
                return seq.items();
            }
            if (v instanceof Yml.Scalar) {
                return List.of(v);
            }
            throw error(v, "'" + key + "' must be a list");
        }

        private void volumes(Yml.Mapping s) {
            for (Yml v : list(s, "volumes")) {
                Location.ContainerField where = at("volumes", v);
                if (v instanceof Yml.Scalar sc) {
                    spec.mounts().add(DockerSyntax.volume(sc.text(), where));
                } else if (v instanceof Yml.Mapping m) {
                    String type = m.text("type") == null ? "volume" : m.text("type");
                    String target = m.text("target");
                    if (target == null) {
                        throw error(v, "volume needs a 'target'");
                    }
                    Yml.Mapping bind = m.mapping("bind");
                    String propagation = bind == null || bind.text("propagation") == null ? "" : bind.text("propagation");
                    boolean ro = m.scalar("read_only") != null && m.scalar("read_only").isTrue();
                    spec.mounts().add(new Mount(Mount.Type.parse(type), m.text("source"), target, ro, propagation, where));
                }
            }
        }

        private void devices(Yml.Mapping s) {
            for (Yml d : list(s, "devices")) {
                String host = d instanceof Yml.Mapping m ? m.text("source") : scalar(d).split(":")[0];
                if (host != null) {
                    spec.devices().add(Setting.of(host, at("devices", d)));
                }
            }
        }

        private void ports(Yml.Mapping s) {
            for (Yml p : list(s, "ports")) {
                Location.ContainerField where = at("ports", p);
                try {
                    if (p instanceof Yml.Scalar sc) {
                        spec.ports().add(DockerSyntax.port(sc.text(), where));
                    } else if (p instanceof Yml.Mapping m) {
                        spec.ports().add(new PublishedPort(m.text("host_ip"), m.text("published"),
                                m.text("target"), m.text("protocol"), where));
                    }
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw error(p, "bad port '" + (p instanceof Yml.Scalar sc ? sc.text() : "") + "'");
                }
            }
        }

        private void resources(Yml.Mapping s) {
            bytes(s, "mem_limit", "mem_limit").ifPresent(spec::memory);
            bytes(s, "mem_reservation", "mem_reservation").ifPresent(spec::memoryReservation);
            bytes(s, "memswap_limit", "memswap_limit").ifPresent(spec::memorySwap);
            number(s, "cpus", "cpus", DockerSyntax::nanoCpus).ifPresent(spec::nanoCpus);
            number(s, "cpu_shares", "cpu_shares", Long::parseLong).ifPresent(spec::cpuShares);
            number(s, "cpu_quota", "cpu_quota", Long::parseLong).ifPresent(spec::cpuQuota);
            text(s, "cpuset").ifPresent(spec::cpusetCpus);
            number(s, "pids_limit", "pids_limit", Long::parseLong).ifPresent(spec::pidsLimit);
            Yml.Mapping deploy = s.mapping("deploy");
            Yml.Mapping res = deploy == null ? null : deploy.mapping("resources");
            if (res != null) {
                Yml.Mapping limits = res.mapping("limits");
                if (limits != null) {
                    bytes(limits, "memory", "deploy.resources.limits.memory").ifPresent(spec::memory);
                    number(limits, "cpus", "deploy.resources.limits.cpus", DockerSyntax::nanoCpus).ifPresent(spec::nanoCpus);
                    number(limits, "pids", "deploy.resources.limits.pids", Long::parseLong).ifPresent(spec::pidsLimit);
                }
                Yml.Mapping reservations = res.mapping("reservations");
                if (reservations != null) {
                    bytes(reservations, "memory", "deploy.resources.reservations.memory").ifPresent(spec::memoryReservation);
                }
            }
        }

        private Optional<Setting<Long>> bytes(Yml.Mapping m, String key, String field) {
            return number(m, key, field, DockerSyntax::bytes);
        }

        private Optional<Setting<Long>> number(Yml.Mapping m, String key, String field,
                                                         ToLongFunction<String> parse) {
            Yml v = m.get(key);
            if (!(v instanceof Yml.Scalar sc) || sc.isNull() || sc.text().isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Setting.of(parse.applyAsLong(sc.text().trim()), at(field, v)));
            } catch (IllegalArgumentException e) {
                throw error(v, key + ": " + e.getMessage());
            }
        }

        private void ulimits(Yml.Mapping s) {
            Yml.Mapping ulimits = s.mapping("ulimits");
            if (ulimits == null) {
                return;
            }
            for (Yml.Entry e : ulimits.entries().values()) {
                String value = e.value() instanceof Yml.Mapping m
                        ? m.text("soft") + ":" + m.text("hard") : scalar(e.value());
                spec.ulimits().put(e.key(), Setting.of(value, at("ulimits." + e.key(), e.value())));
            }
        }

        private void restart(Yml.Mapping s) {
            Yml v = s.get("restart");
            if (v instanceof Yml.Scalar sc && !sc.isNull()) {
                try {
                    DockerSyntax.Restart r = DockerSyntax.restart(sc.text());
                    spec.restartPolicy(Setting.of(r.name(), at("restart", v)));
                    if (r.maxRetries() != null) {
                        spec.restartMaxRetries(Setting.of(r.maxRetries(), at("restart", v)));
                    }
                } catch (IllegalArgumentException e) {
                    throw error(v, e.getMessage());
                }
            }
            Yml.Mapping deploy = s.mapping("deploy");
            Yml.Mapping policy = deploy == null ? null : deploy.mapping("restart_policy");
            if (policy != null && spec.restartPolicy() == null) {
                String condition = policy.text("condition") == null ? "any" : policy.text("condition");
                String name = condition.equals("any") ? "always" : condition;
                spec.restartPolicy(Setting.of(name, at("deploy.restart_policy", policy)));
                number(policy, "max_attempts", "deploy.restart_policy.max_attempts", Long::parseLong)
                        .ifPresent(n -> spec.restartMaxRetries(Setting.of(n.value().intValue(), n.at())));
            }
        }

        private void healthcheck(Yml.Mapping s) {
            Yml.Mapping h = s.mapping("healthcheck");
            if (h == null) {
                return;
            }
            boolean disabled = h.scalar("disable") != null && h.scalar("disable").isTrue();
            Yml test = h.get("test");
            if (test instanceof Yml.Sequence seq && !seq.items().isEmpty()
                    && seq.items().get(0) instanceof Yml.Scalar first && first.text().equals("NONE")) {
                disabled = true;
            }
            spec.healthcheck(Setting.of(!disabled && (test != null || !h.has("disable")), at("healthcheck", h)));
        }

        private void environment(Yml.Mapping s) {
            envFiles(s);
            Yml env = s.get("environment");
            if (env instanceof Yml.Mapping m) {
                for (Yml.Entry e : m.entries().values()) {
                    String value = e.value() instanceof Yml.Scalar sc && !sc.isNull() ? sc.text() : null;
                    spec.env().add(new EnvVar(e.key(), value, spec.field("environment." + e.key(), e.keyAt())));
                }
            } else {
                for (Yml item : list(s, "environment")) {
                    String text = scalar(item);
                    int eq = text.indexOf('=');
                    String name = eq < 0 ? text : text.substring(0, eq);
                    spec.env().add(new EnvVar(name, eq < 0 ? null : text.substring(eq + 1),
                            spec.field("environment." + name, item.at())));
                }
            }
        }

        /** {@code env_file} entries become variables too (compose reads them into the container's environment). */
        private void envFiles(Yml.Mapping s) {
            Path dir = Path.of(path).toAbsolutePath().getParent();
            for (Yml item : list(s, "env_file")) {
                String file = item instanceof Yml.Mapping m ? m.text("path") : scalar(item);
                boolean required = !(item instanceof Yml.Mapping m && m.scalar("required") != null
                        && !m.scalar("required").isTrue());
                if (file == null) {
                    continue;
                }
                Path envFile = dir == null ? Path.of(file) : dir.resolve(file).normalize();
                if (!Files.isRegularFile(envFile)) {
                    if (required) {
                        throw error(item, "env_file " + file + " not found");
                    }
                    continue;
                }
                DotEnv.read(envFile).forEach((k, v) -> spec.env().add(new EnvVar(k, v,
                        spec.field("env_file " + file + " " + k, item.at()))));
            }
        }

        private void sysctls(Yml.Mapping s) {
            Yml v = s.get("sysctls");
            if (v instanceof Yml.Mapping m) {
                for (Yml.Entry e : m.entries().values()) {
                    spec.sysctls().put(e.key(), Setting.of(scalar(e.value()), spec.field("sysctls." + e.key(), e.keyAt())));
                }
            } else {
                for (Yml item : list(s, "sysctls")) {
                    String[] kv = scalar(item).split("=", 2);
                    spec.sysctls().put(kv[0], Setting.of(kv.length > 1 ? kv[1] : "", at("sysctls." + kv[0], item)));
                }
            }
        }

        private void command(Yml.Mapping s) {
            List<String> words = new ArrayList<>();
            Yml first = null;
            for (String key : List.of("entrypoint", "command")) {
                Yml v = s.get(key);
                if (v instanceof Yml.Scalar sc && !sc.isNull()) {
                    words.addAll(List.of(sc.text().trim().split("\\s+")));
                } else if (v instanceof Yml.Sequence seq) {
                    seq.items().forEach(i -> words.add(scalar(i)));
                }
                if (v != null && first == null) {
                    first = v;
                }
            }
            if (first != null) {
                spec.command(Setting.of(List.copyOf(words), at("command", first)));
            }
        }
    }
}
