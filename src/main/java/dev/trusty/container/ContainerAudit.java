package dev.trusty.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.container.rules.ContainerRules;
import dev.trusty.container.sources.ComposeSource;
import dev.trusty.container.sources.DockerRunSource;
import dev.trusty.container.sources.InspectMapper;
import dev.trusty.container.sources.KubernetesSource;
import dev.trusty.container.sources.Yml;
import dev.trusty.core.Checker;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.Suppressor;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The container audit as one reusable step: detect what a file is (compose, Kubernetes, a script
 * with {@code docker run} lines), read it into specs, and check every spec against
 * {@link ContainerRules#ALL}. The CLI's {@code config} and {@code scan} commands, and the live
 * {@code containers} command (through {@link #auditInspect}), all go through here.
 */
public final class ContainerAudit {

    /** What a file holds, decided by its content. */
    public enum FileKind { COMPOSE, KUBERNETES, DOCKER_RUN_SCRIPT, UNKNOWN }

    /** One audited container: its spec (for the summary table) and its report. */
    public record Audited(ContainerSpec spec, TargetReport report) {
    }

    /** Everything an audit produced; warnings never fail a run. */
    public record Result(List<Audited> containers, List<String> warnings) {
        public Result {
            containers = List.copyOf(containers);
            warnings = List.copyOf(warnings);
        }

        public List<TargetReport> reports() {
            return containers.stream().map(Audited::report).toList();
        }
    }

    private static final Pattern K8S_API = Pattern.compile("(?m)^apiVersion:\\s*\\S");
    private static final Pattern K8S_KIND = Pattern.compile("(?m)^kind:\\s*\\S");
    private static final Pattern COMPOSE_SERVICES = Pattern.compile("(?m)^services:");

    private final Policy policy;
    private final Map<String, String> environment;
    private final Function<String, String> imageUsers;
    private final DaemonDefaults daemon;

    /**
     * @param policy      ignores and severity overrides to apply
     * @param environment variables for compose interpolation (normally {@code System.getenv()})
     */
    public ContainerAudit(Policy policy, Map<String, String> environment) {
        this(policy, environment, image -> null, DaemonDefaults.STOCK);
    }

    private ContainerAudit(Policy policy, Map<String, String> environment, Function<String, String> imageUsers,
                           DaemonDefaults daemon) {
        this.policy = policy;
        this.environment = Map.copyOf(environment);
        this.imageUsers = imageUsers;
        this.daemon = daemon;
    }

    /** The same audit, judging live containers with the daemon's invisible defaults applied. */
    public ContainerAudit withDaemonDefaults(DaemonDefaults defaults) {
        return new ContainerAudit(policy, environment, imageUsers, defaults);
    }

    /**
     * The same audit, able to ask what USER an image's config sets (e.g. through the engine's
     * {@code GET /images/{name}/json}); {@code lookup} returns null when it cannot tell, {@code ""}
     * for an image without USER (root). Used only for files whose container sets no user.
     */
    public ContainerAudit withImageUsers(Function<String, String> lookup) {
        return new ContainerAudit(policy, environment, lookup, daemon);
    }

    // ---- detection, also for `scan` walking a directory

    public static boolean looksLikeCompose(Path file) {
        return isYaml(file) && detect(file.toString(), read(file)) == FileKind.COMPOSE;
    }

    public static boolean looksLikeKubernetes(Path file) {
        return isYaml(file) && detect(file.toString(), read(file)) == FileKind.KUBERNETES;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yml") || name.endsWith(".yaml")) && Files.isRegularFile(file);
    }

    /**
     * By content: a top-level {@code services} mapping of mappings is compose; {@code apiVersion}
     * and {@code kind} at the top level are Kubernetes; any {@code docker run|create} line makes a script.
     */
    public static FileKind detect(String path, String text) {
        if (K8S_API.matcher(text).find() && K8S_KIND.matcher(text).find()) {
            return FileKind.KUBERNETES;
        }
        if (COMPOSE_SERVICES.matcher(text).find() && composeShaped(path, text)) {
            return FileKind.COMPOSE;
        }
        if (DockerRunSource.containsDockerRun(text)) {
            return FileKind.DOCKER_RUN_SCRIPT;
        }
        return FileKind.UNKNOWN;
    }

    /** GitLab CI also has a top-level {@code services:}, but as a list of images, not a mapping of services. */
    private static boolean composeShaped(String path, String text) {
        try {
            List<Yml> docs = Yml.parseAll(path, text, Yml.ScalarFilter.NONE);
            return !docs.isEmpty() && docs.get(0) instanceof Yml.Mapping root
                    && (root.mapping("services") != null || root.get("services") instanceof Yml.Scalar s && s.isNull());
        } catch (InputException e) {
            // malformed: still call it compose when it says so, so the parse error reaches the user
            String name = Path.of(path).getFileName().toString();
            return name.contains("compose");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    // ---- loading

    /** Reads the specs a file holds, whatever kind it is; unknown files give a warning and no specs. */
    public List<ContainerSpec> load(Path file, List<String> warnings) {
        String text = read(file);
        return load(file, text, detect(file.toString(), text), warnings);
    }

    private List<ContainerSpec> load(Path file, String text, FileKind kind, List<String> warnings) {
        return switch (kind) {
            case COMPOSE -> new ComposeSource(environment, warnings::add).read(file);
            case KUBERNETES -> new KubernetesSource(warnings::add).read(file.toString(), text);
            case DOCKER_RUN_SCRIPT -> new DockerRunSource(warnings::add).fromText(file.toString(), text);
            case UNKNOWN -> {
                if (COMPOSE_SERVICES.matcher(text).find() || K8S_API.matcher(text).find()) {
                    Yml.parseAll(file.toString(), text, Yml.ScalarFilter.NONE);   // a YAML error is the real news
                }
                warnings.add(file + ": neither a compose file, a Kubernetes manifest nor a script with docker run "
                        + "commands; skipped");
                yield List.of();
            }
        };
    }

    // ---- auditing

    /**
     * Audits every container the files hold, honouring {@code # trusty ignore=...} pragmas in them. A
     * default override file ({@code compose.override.yaml}) is merged into its base beside it, as
     * {@code docker compose} does, so it is not audited again on its own when the base is in the list.
     */
    public Result auditFiles(List<Path> files) {
        List<String> warnings = new ArrayList<>();
        List<Audited> out = new ArrayList<>();
        java.util.Set<Path> listed = new java.util.HashSet<>();
        files.forEach(f -> listed.add(f.toAbsolutePath().normalize()));
        for (Path file : files) {
            Path base = ComposeSource.mergedInto(file);
            if (base != null && listed.contains(base.toAbsolutePath().normalize())) {
                continue;
            }
            String text = read(file);
            FileKind kind = detect(file.toString(), text);
            Suppressor pragmas = Pragmas.of(file.toString(), text);
            Path override = kind == FileKind.COMPOSE ? ComposeSource.overrideOf(file) : null;
            if (override != null) {
                pragmas = either(pragmas, Pragmas.of(override.toString(), read(override)));
            }
            for (ContainerSpec spec : load(file, text, kind, warnings)) {
                out.add(audit(spec, pragmas));
            }
        }
        return new Result(out, warnings);
    }

    /** Compose files merged in order into one project, as {@code docker compose -f a -f b} merges them. */
    public Result auditMergedCompose(List<Path> files) {
        List<String> warnings = new ArrayList<>();
        Suppressor pragmas = Suppressor.NONE;
        for (Path file : files) {
            String text = read(file);
            if (detect(file.toString(), text) != FileKind.COMPOSE) {
                throw new InputException(file + ": not a compose file, so it cannot be merged with the others");
            }
            pragmas = either(pragmas, Pragmas.of(file.toString(), text));
        }
        List<Audited> out = new ArrayList<>();
        for (ContainerSpec spec : new ComposeSource(environment, warnings::add).readMerged(files)) {
            out.add(audit(spec, pragmas));
        }
        return new Result(out, warnings);
    }

    private static Suppressor either(Suppressor a, Suppressor b) {
        return finding -> a.suppresses(finding) || b.suppresses(finding);
    }

    /** A command line as the user typed it for {@code --run}. */
    public Result auditRunCommand(String commandLine) {
        List<String> warnings = new ArrayList<>();
        ContainerSpec spec = new DockerRunSource(warnings::add).fromCommandLine("--run", commandLine);
        return new Result(List.of(audit(spec)), warnings);
    }

    /**
     * Containers as the Engine reports them ({@code GET /containers/{id}/json} bodies). One broken
     * body becomes a warning; the others are still audited.
     */
    public Result auditInspect(List<JsonNode> inspects) {
        List<String> warnings = new ArrayList<>();
        List<Audited> out = new ArrayList<>();
        for (JsonNode inspect : inspects) {
            try {
                out.add(audit(InspectMapper.map(inspect)));
            } catch (InputException e) {
                warnings.add(e.getMessage());
            }
        }
        return new Result(out, warnings);
    }

    /**
     * Live containers with what runs inside them: {@code processesOf} gets a running container's
     * id and returns its processes' command lines (see {@link InspectMapper#processCommands}); an
     * {@link InputException} from it (the container stopped meanwhile) is a warning.
     */
    public Result auditInspect(List<JsonNode> inspects, Function<String, List<String>> processesOf) {
        List<String> warnings = new ArrayList<>();
        List<Audited> out = new ArrayList<>();
        for (JsonNode inspect : inspects) {
            try {
                ContainerSpec spec = InspectMapper.map(inspect);
                if (inspect.path("State").path("Running").asBoolean(false)) {
                    try {
                        spec.processes(processesOf.apply(inspect.path("Id").asText()));
                    } catch (InputException e) {
                        warnings.add(spec.name() + ": processes not read: " + e.getMessage());
                    }
                }
                out.add(audit(spec));
            } catch (InputException e) {
                warnings.add(e.getMessage());
            }
        }
        return new Result(out, warnings);
    }

    public Audited audit(ContainerSpec spec) {
        return audit(spec, Suppressor.NONE);
    }

    public Audited audit(ContainerSpec spec, Suppressor inline) {
        if (spec.user() == null && spec.imageUser() == null && spec.image() != null) {
            spec.imageUser(imageUsers.apply(spec.image().value()));
        }
        daemon.applyTo(spec);
        return new Audited(spec, Checker.run(target(spec), ContainerRules.ALL, spec, policy, inline));
    }

    /** {@code docker-compose.yml (web)} for files, the container's name for live containers. */
    public static Target target(ContainerSpec spec) {
        var source = spec.declaration().source();
        String name = source == null ? spec.name() : source.path() + " (" + spec.name() + ")";
        return new Target(name, spec.kind());
    }
}
