package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Dockerfile;
import dev.trusty.dockerfile.syntax.ExpansionException;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;
import dev.trusty.dockerfile.syntax.WordLexer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Dockerfile as a build sees it: global ARGs, stages with their bases, the stage graph and the
 * effective state at every instruction, with variables expanded the way BuildKit expands them.
 */
public final class DockerfileModel {
    /** The automatic platform ARGs BuildKit provides; values assume a linux/amd64 build. */
    public static final Map<String, String> PLATFORM_ARGS = platformArgs("linux", "amd64", "");
    public static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    private final Dockerfile syntax;
    private final List<Step> globalArgs = new ArrayList<>();
    private final Map<String, String> metaArgs = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<ModelIssue> issues = new ArrayList<>();
    private final Map<String, String> buildArgs;
    private final WordLexer lexer;

    private DockerfileModel(Dockerfile syntax, Map<String, String> buildArgs) {
        this.syntax = syntax;
        this.buildArgs = buildArgs;
        this.lexer = new WordLexer(syntax.escapeToken());
    }

    public static DockerfileModel of(Dockerfile syntax) {
        return of(syntax, Map.of());
    }

    /**
     * Builds the model; {@code buildArgs} play the role of {@code --build-arg}. Meant for a checked tree
     * ({@link dev.trusty.dockerfile.syntax.DockerfileParser#parse}); a parser-only tree is tolerated.
     */
    public static DockerfileModel of(Dockerfile syntax, Map<String, String> buildArgs) {
        DockerfileModel m = new DockerfileModel(syntax, Map.copyOf(buildArgs));
        m.build();
        return m;
    }

    /** BuildKit's automatic platform ARGs for a build and target of this platform, read-only. */
    public static Map<String, String> platformArgs(String os, String architecture, String variant) {
        String platform = os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
        Map<String, String> m = new LinkedHashMap<>();
        for (String prefix : List.of("BUILD", "TARGET")) {
            m.put(prefix + "PLATFORM", platform);
            m.put(prefix + "OS", os);
            m.put(prefix + "ARCH", architecture);
            m.put(prefix + "VARIANT", variant);
        }
        return Collections.unmodifiableMap(m);
    }

    public Dockerfile syntax() {
        return syntax;
    }

    /** The ARG steps before the first FROM. */
    public List<Step> globalArgs() {
        return Collections.unmodifiableList(globalArgs);
    }

    /** Global ARG values as FROM sees them (null for declared without value). */
    public Map<String, String> metaArgs() {
        return Collections.unmodifiableMap(metaArgs);
    }

    public List<Stage> stages() {
        return Collections.unmodifiableList(stages);
    }

    /** The stage the build produces by default: the last one. Empty only for a file with ARGs and no FROM. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    public Optional<Stage> stage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return stages.stream().filter(s -> lower.equals(s.name())).findFirst();
    }

    public List<Dependency> dependencies() {
        return Collections.unmodifiableList(dependencies);
    }

    public List<Dependency> dependenciesOf(Stage stage) {
        return dependencies.stream().filter(d -> d.stage() == stage).toList();
    }

    /** Every step: global ARGs first, then each stage's steps in order. */
    public List<Step> steps() {
        List<Step> out = new ArrayList<>(globalArgs);
        stages.forEach(s -> out.addAll(s.steps()));
        return out;
    }

    /** Stages the final stage needs, directly or through others (itself included). */
    public List<Stage> reachableFromFinal() {
        boolean[] seen = new boolean[stages.size()];
        List<Stage> todo = new ArrayList<>(finalStage().stream().toList());
        while (!todo.isEmpty()) {
            Stage s = todo.remove(todo.size() - 1);
            if (seen[s.index()]) {
                continue;
            }
            seen[s.index()] = true;
            dependenciesOf(s).stream().map(Dependency::target).filter(t -> t != null).forEach(todo::add);
        }
        return stages.stream().filter(s -> seen[s.index()]).toList();
    }

    public List<ModelIssue> issues() {
        return Collections.unmodifiableList(issues);
    }

    // ---- building ----

    private String expand(String word, Function<String, String> lookup, Instruction in, Span span) {
        try {
            return lexer.processWord(word, lookup);
        } catch (ExpansionException e) {
            issues.add(new ModelIssue(in, span, e.getMessage()));
            return word;
        }
    }

    private List<String> expandWords(String word, Function<String, String> lookup, Instruction in, Span span) {
        try {
            return lexer.processWords(word, lookup);
        } catch (ExpansionException e) {
            issues.add(new ModelIssue(in, span, e.getMessage()));
            return List.of(word);
        }
    }

    private String metaLookup(String name) {
        if (metaArgs.containsKey(name)) {
            return metaArgs.get(name);
        }
        return PLATFORM_ARGS.get(name);
    }

    /** Mutable build state while walking a stage. */
    private static final class State {
        String user;
        String workdir = "/";
        List<String> shell = DEFAULT_SHELL;
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, String> args = new LinkedHashMap<>();
        List<String> ports = new ArrayList<>();

        String lookup(String name) {
            String v = env.get(name);
            return v != null ? v : args.get(name);
        }
    }

    private void build() {
        Stage current = null;
        State state = null;
        for (Instruction in : syntax.instructions()) {
            if (in.is("from")) {
                if (current != null) {
                    current.last = snapshot(null, current, state);
                }
                current = startStage(in);
                state = new State();
                if (current.baseStage() != null && current.baseStage().finalState() != null) {
                    Step base = current.baseStage().finalState();
                    state.user = base.user();
                    state.workdir = base.workdir();
                    state.shell = base.shell();
                    state.env.putAll(base.env());
                    state.ports.addAll(base.exposedPorts());
                }
                current.steps.add(snapshot(in, current, state));
                continue;
            }
            if (current == null) {
                globalArgs.add(new Step(in, null, null, "/", DEFAULT_SHELL, Map.of(),
                        Collections.unmodifiableMap(new LinkedHashMap<>(metaArgs)), List.of(), syntax.escapeToken()));
                if (in.is("arg")) {
                    declareGlobal(in);
                }
                continue;
            }
            current.steps.add(snapshot(in, current, state));
            apply(in, current, state);
        }
        if (current != null) {
            current.last = snapshot(null, current, state);
        }
    }

    private Step snapshot(Instruction in, Stage stage, State s) {
        return new Step(in, stage, s.user, s.workdir, s.shell, Collections.unmodifiableMap(new LinkedHashMap<>(s.env)),
                Collections.unmodifiableMap(new LinkedHashMap<>(s.args)), List.copyOf(s.ports), syntax.escapeToken());
    }

    private void declareGlobal(Instruction in) {
        for (Arg a : in.args()) {
            int eq = a.value().indexOf('=');
            String name = expand(eq < 0 ? a.value() : a.value().substring(0, eq), this::metaLookup, in, a.span());
            String value;
            if (buildArgs.containsKey(name)) {
                value = buildArgs.get(name);
            } else if (eq >= 0) {
                value = expand(a.value().substring(eq + 1), this::metaLookup, in, a.span());
            } else {
                value = null;
            }
            metaArgs.put(name, value);
        }
    }

    private Stage startStage(Instruction from) {
        List<Arg> args = from.args();
        String rawBase = args.isEmpty() ? "" : args.get(0).value();
        Span baseSpan = args.isEmpty() ? from.keywordSpan() : args.get(0).span();
        String baseName = expand(rawBase, this::metaLookup, from, baseSpan);
        String name = args.size() == 3 ? args.get(2).value().toLowerCase(Locale.ROOT) : null;
        String platform = from.flag("platform").map(f -> expand(f.value() == null ? "" : f.value(),
                this::metaLookup, from, f.span())).orElse(null);
        Stage base = baseName.isEmpty() ? null : stage(baseName).orElse(null);
        ImageRef image = null;
        if (base == null && !baseName.equalsIgnoreCase("scratch") && !baseName.isEmpty()) {
            image = ImageRef.parse(baseName);
        }
        Stage stage = new Stage(stages.size(), name, from, baseName, image, base, platform);
        stages.add(stage);
        if (base != null || image != null) {
            dependencies.add(new Dependency(stage, Dependency.Kind.FROM, baseName, base, image, from, baseSpan));
        }
        return stage;
    }

    private void apply(Instruction in, Stage stage, State s) {
        Function<String, String> lookup = s::lookup;
        switch (in.command()) {
            case "env" -> {
                Map<String, String> updates = new LinkedHashMap<>();
                for (Instruction.KeyValue kv : in.keyValues()) {
                    String key = expand(kv.key().value(), lookup, in, kv.key().span());
                    updates.put(key, expand(kv.value().value(), lookup, in, kv.value().span()));
                }
                s.env.putAll(updates);
            }
            case "arg" -> {
                for (Arg a : in.args()) {
                    int eq = a.value().indexOf('=');
                    String name = expand(eq < 0 ? a.value() : a.value().substring(0, eq), lookup, in, a.span());
                    String value;
                    if (buildArgs.containsKey(name)) {
                        value = buildArgs.get(name);
                    } else if (eq >= 0) {
                        value = expand(a.value().substring(eq + 1), lookup, in, a.span());
                    } else if (metaArgs.containsKey(name)) {
                        value = metaArgs.get(name);
                    } else {
                        value = PLATFORM_ARGS.get(name);
                    }
                    s.args.put(name, value);
                }
            }
            case "user" -> {
                if (!in.args().isEmpty()) {
                    s.user = expand(in.args().get(0).value(), lookup, in, in.args().get(0).span());
                }
            }
            case "workdir" -> {
                if (!in.args().isEmpty()) {
                    String dir = expand(in.args().get(0).value(), lookup, in, in.args().get(0).span());
                    s.workdir = resolve(s.workdir, dir);
                }
            }
            case "shell" -> s.shell = List.copyOf(in.argValues());
            case "expose" -> {
                for (Arg a : in.args()) {
                    s.ports.addAll(expandWords(a.value(), lookup, in, a.span()));
                }
            }
            case "copy" -> in.flag("from").ifPresent(f -> copyFrom(stage, in, f));
            case "run" -> {
                for (Flag f : in.flags("mount")) {
                    mountFrom(stage, in, f, lookup);
                }
            }
            default -> {
            }
        }
    }

    private void copyFrom(Stage stage, Instruction in, Flag flag) {
        String ref = expand(flag.value() == null ? "" : flag.value(), name -> null, in, flag.span());
        addReference(stage, Dependency.Kind.COPY_FROM, ref, in, flag.span());
    }

    private void mountFrom(Stage stage, Instruction in, Flag flag, Function<String, String> lookup) {
        String value = expand(flag.value() == null ? "" : flag.value(), lookup, in, flag.span());
        String from = Mounts.parse(value).get("from");
        if (from != null && !from.isEmpty()) {
            addReference(stage, Dependency.Kind.MOUNT_FROM, from, in, flag.span());
        }
    }

    private void addReference(Stage stage, Dependency.Kind kind, String ref, Instruction in, Span span) {
        Stage target = stage(ref).orElse(null);
        if (target == null && ref.matches("[0-9]+")) {
            int index = Integer.parseInt(ref);
            if (index < stages.size()) {
                target = stages.get(index);
            }
        }
        ImageRef image = target == null && !ref.isEmpty() && !ref.equalsIgnoreCase("scratch")
                && !ref.equals("context") ? ImageRef.parse(ref) : null;
        dependencies.add(new Dependency(stage, kind, ref, target, image, in, span));
    }

    /** WORKDIR semantics: relative paths join the current directory; the result is cleaned. */
    static String resolve(String current, String dir) {
        if (dir.matches("^[A-Za-z]:.*") || dir.startsWith("\\")) {
            return dir;
        }
        String joined = dir.startsWith("/") ? dir : (current.endsWith("/") ? current : current + "/") + dir;
        List<String> parts = new ArrayList<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        return "/" + String.join("/", parts);
    }
}
