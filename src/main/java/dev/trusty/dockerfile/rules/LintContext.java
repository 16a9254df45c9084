package dev.trusty.dockerfile.rules;

import dev.trusty.core.Location;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Dockerfile;
import dev.trusty.dockerfile.syntax.Heredoc;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the Dockerfile rules look at: the parsed file split into stages, the RUN scripts split into
 * commands (computed once, shared by all rules), and the settings from configuration.
 */
public final class LintContext {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "/bin/sh",
            "/bin/bash", "/bin/ash", "/bin/dash", "/bin/zsh", "/usr/bin/env");

    private static final java.util.regex.Pattern SHELL_PRAGMA =
            java.util.regex.Pattern.compile("(?:hadolint|trusty)\\s+shell\\s*=\\s*(\\S+).*");

    private final String pragmaShell;
    private final String path;
    private final Dockerfile dockerfile;
    private final LintSettings settings;
    private final List<Stage> stages = new ArrayList<>(2);
    private final List<Instruction> preamble = new ArrayList<>(2);
    /** The first line of each stage's FROM: an instruction's stage is found by its line (see {@link #stageOf}). */
    private int[] stageLines = new int[2];
    /** The scripts, commands and command names of each RUN by position in {@link #runs()}, split on first use. */
    private RunCommands[] splitRuns;
    /** RUNs asked for that are not in {@link #runs()} (none from the rules; made on first use). */
    private Map<Instruction, RunCommands> strayRuns;
    /**
     * For each watched command ({@link Vocabulary#command}), bit i set when the i-th RUN runs it; a file of
     * more than 64 RUNs sets every bit of a command any RUN runs. Built on first use.
     */
    private long[] runsByCommand;
    /** Bit id set when some RUN runs the watched command {@code id} (ids below 64), with {@link #runsByCommand}. */
    private long commandsRun;
    /** The ONBUILD wrapping each trigger; null for the files without ONBUILD (most). */
    private Map<Instruction, Instruction> parents;
    /** The instructions (ONBUILD triggers unwrapped) by keyword id; instructions no keyword names are in {@link #other}. */
    @SuppressWarnings("unchecked")
    private final List<Instruction>[] byKeyword = new List[Vocabulary.KEYWORDS.size()];
    private Map<String, List<Instruction>> other;
    private final List<Instruction> effectiveAll;
    /** Bit {@link Vocabulary#keyword} of every instruction keyword of the file, ONBUILD and its triggers included. */
    private long keywordBits;

    /** Values derived from this file once and shared by several rules (see {@link #memo}). */
    private final Map<Object, Object> memos = new HashMap<>(8);

    /**
     * The value {@code compute} derives from this file, computed on first use and shared by every rule
     * that asks with the same {@code key} (use a class or a constant of the helper that owns it). The
     * value must not be modified by its users.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Function<LintContext, T> compute) {
        Object value = memos.get(key);
        if (value == null) {
            value = compute.apply(this);
            memos.put(key, value);
        }
        return (T) value;
    }

    /** The shell named by a {@code # hadolint shell=...} (or {@code # trusty shell=...}) pragma, or null. */
    public String pragmaShell() {
        return pragmaShell;
    }

    public LintContext(String path, Dockerfile dockerfile, LintSettings settings) {
        String shell = null;
        for (dev.trusty.dockerfile.syntax.Comment c : dockerfile.comments()) {
            if (!c.text().startsWith("hadolint") && !c.text().startsWith("trusty")) {
                continue;
            }
            java.util.regex.Matcher m = SHELL_PRAGMA.matcher(c.text());
            if (m.matches()) {
                shell = m.group(1);
            }
        }
        this.pragmaShell = shell;
        this.path = path;
        this.dockerfile = dockerfile;
        this.settings = settings;
        List<Instruction> all = dockerfile.instructions();
        int n = all.size();
        // First pass: each instruction's keyword id and how many of each, so every list is made at its size.
        int[] ids = new int[n];
        int[] counts = new int[Vocabulary.KEYWORDS.size()];
        Instruction[] unwrapped = null; // made at the first ONBUILD: without one, the file's list is the answer
        for (int k = 0; k < n; k++) {
            Instruction i = all.get(k);
            Instruction e = i;
            if (i.child() != null) {
                if (unwrapped == null) {
                    unwrapped = all.toArray(new Instruction[0]);
                }
                e = i.child();
                unwrapped[k] = e;
            }
            int id = Vocabulary.keyword(e.command());
            ids[k] = id;
            if (id >= 0) {
                counts[id]++;
            }
        }
        effectiveAll = unwrapped == null ? all : List.of(unwrapped);
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                byKeyword[id] = new ArrayList<>(counts[id]);
                keywordBits |= 1L << id;
            }
        }
        Map<String, Stage> byName = null;
        Stage current = null;
        int[] stageSizes = null;
        for (int k = 0; k < n; k++) {
            Instruction i = all.get(k);
            Instruction e = i.child() != null ? i.child() : i;
            int id = ids[k];
            if (e != i) {
                keywordBits |= 1L << ONBUILD;
                if (parents == null) {
                    parents = new IdentityHashMap<>();
                }
                parents.put(e, i);
            }
            if (id >= 0) {
                byKeyword[id].add(e);
            } else {
                indexOther(e);
            }
            if (i.is("from")) {
                // a stage can be built FROM an earlier stage's name only once a stage has a name
                Stage parent = byName == null ? null
                        : byName.get(i.args().isEmpty() ? "" : lowerCase(i.args().getFirst().value()));
                if (parent != null) {
                    parent.markUsedAsBase();
                }
                if (stageSizes == null) {
                    stageSizes = new int[1 + 2 * Vocabulary.KEYWORDS.size()];
                }
                current = new Stage(stages.size(), i, parent, stageSizes(all, ids, k + 1, stageSizes));
                if (stages.size() == stageLines.length) {
                    stageLines = java.util.Arrays.copyOf(stageLines, stages.size() * 2);
                }
                stageLines[stages.size()] = i.line();
                stages.add(current);
                if (current.name() != null) {
                    if (byName == null) {
                        byName = new HashMap<>(4);
                    }
                    byName.putIfAbsent(current.name(), current);
                }
            } else if (current == null) {
                preamble.add(i);
            } else {
                current.add(i, e == i ? id : ONBUILD, id);
            }
        }
    }

    /**
     * Fills {@code size} with the sizes a stage starting at {@code from} needs: [0] its instruction count, then per keyword id how many
     * it has as written ([1 + id]) and with ONBUILD triggers unwrapped ([1 + KEYWORDS + id]).
     */
    private static int[] stageSizes(List<Instruction> all, int[] ids, int from, int[] size) {
        int keywords = Vocabulary.KEYWORDS.size();
        java.util.Arrays.fill(size, 0);
        for (int k = from; k < ids.length; k++) {
            Instruction i = all.get(k);
            if (i.is("from")) {
                break;
            }
            size[0]++;
            int id = ids[k];
            int written = i.child() != null ? ONBUILD : id;
            if (written >= 0) {
                size[1 + written]++;
            }
            if (id >= 0) {
                size[1 + keywords + id]++;
            }
        }
        return size;
    }

    /** {@code s} lower-cased as {@code toLowerCase(Locale.ROOT)} does, without a copy when it has no upper case. */
    static String lowerCase(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    private static final int ONBUILD = Vocabulary.keyword("onbuild");

    /** Indexes an instruction whose keyword has no id (a misspelt one). */
    private void indexOther(Instruction e) {
        if (other == null) {
            other = new HashMap<>();
        }
        other.computeIfAbsent(e.command(), k -> new ArrayList<>()).add(e);
    }

    /** True when the file has an instruction {@code keyword} (lower case), as written or as an ONBUILD trigger. */
    public boolean has(String keyword) {
        int id = Vocabulary.keyword(keyword);
        return id >= 0 ? (keywordBits >>> id & 1) != 0 : other != null && other.containsKey(keyword);
    }

    /** True when the file has one of the instruction keywords of {@code bits} ({@link Vocabulary#keywordBits}). */
    boolean hasAny(long bits) {
        return (keywordBits & bits) != 0;
    }

    public String path() {
        return path;
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    public LintSettings settings() {
        return settings;
    }

    public List<Instruction> instructions() {
        return dockerfile.instructions();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Instructions before the first FROM (global ARGs, or mistakes). */
    public List<Instruction> preamble() {
        return preamble;
    }

    public Stage finalStage() {
        return stages.isEmpty() ? null : stages.getLast();
    }

    /**
     * The stage of an instruction of this file (an ONBUILD trigger's is its wrapper's), or null before the first
     * FROM. Found by line: stages are consecutive in the file and each instruction starts on its own line.
     */
    public Stage stageOf(Instruction instruction) {
        int line = instruction.line();
        for (int s = stages.size() - 1; s >= 0; s--) {
            if (stageLines[s] <= line) {
                return stages.get(s);
            }
        }
        return null;
    }

    /** A stage named {@code name} defined before {@code before} (or anywhere when null). */
    public Stage stageNamed(String name, Stage before) {
        if (before != null && before.index() == 0) {
            return null; // the first stage: nothing before it (most FROMs)
        }
        String key = lowerCase(name);
        for (Stage s : stages) {
            if (before != null && s.index() >= before.index()) {
                break;
            }
            if (key.equals(s.name())) {
                return s;
            }
        }
        return null;
    }

    /** Every instruction with ONBUILD triggers unwrapped: what hadolint applies most rules to. */
    public List<Instruction> effectiveInstructions() {
        return effectiveAll;
    }

    /** Instructions (ONBUILD triggers unwrapped) whose command is {@code command}, lower-case. */
    public List<Instruction> effective(String command) {
        int id = Vocabulary.keyword(command);
        List<Instruction> found = id >= 0 ? byKeyword[id] : other == null ? null : other.get(command);
        return found != null ? found : List.of();
    }

    /** Shell-form RUN scripts of every RUN and ONBUILD RUN, in order. */
    public List<Instruction> runs() {
        return effective("run");
    }

    /**
     * The scripts a RUN executes: its command line, plus its here-documents when they are fed to a
     * shell ({@code RUN <<EOF} or {@code RUN bash <<EOF}). Exec form is read as one command.
     */
    public List<ShellScript> scripts(Instruction run) {
        return runCommands(run).scripts;
    }

    /** Every command of a RUN, across its scripts. */
    public List<ShellCommand> commands(Instruction run) {
        return runCommands(run).commands;
    }

    /**
     * The commands of the i-th RUN of {@link #runs()}: as {@link #commands(Instruction)}, looked up by
     * position (the RUN rules walk the RUNs by position, several rules per RUN).
     */
    public List<ShellCommand> commands(int runIndex) {
        return split(runIndex).commands;
    }

    private RunCommands split(int runIndex) {
        if (splitRuns == null) {
            splitRuns = new RunCommands[runs().size()];
        }
        RunCommands split = splitRuns[runIndex];
        if (split == null) {
            split = new RunCommands(splitScripts(runs().get(runIndex)));
            splitRuns[runIndex] = split;
        }
        return split;
    }

    /** True when the RUN runs at least one of {@code names}. */
    public boolean runsAny(Instruction run, String... names) {
        Set<String> own = runCommands(run).names();
        for (String name : names) {
            if (own.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which RUNs of {@link #runs()} run one of the commands {@code ids} ({@link Vocabulary#watch}): bit i for
     * the i-th. A file of more than 64 RUNs gives all bits when any RUN does (ask {@link #runsAny} per RUN then).
     */
    long runMask(int[] ids) {
        if (runsByCommand == null) {
            indexCommands();
        }
        long mask = 0;
        for (int id : ids) {
            if (id < runsByCommand.length) {
                mask |= runsByCommand[id];
            }
        }
        return mask;
    }

    /**
     * Splits every RUN into commands now rather than on the first rule's use (the first RUN rule's gate splits
     * them all anyway): a linter working on several files does it for all of them in a row.
     */
    public void splitRuns() {
        if (runsByCommand == null) {
            indexCommands();
        }
    }

    /** True when a RUN runs one of the watched commands whose ids (below 64) are the bits of {@code commandBits}. */
    boolean runsAnyOf(long commandBits) {
        if (runsByCommand == null) {
            indexCommands();
        }
        return (commandsRun & commandBits) != 0;
    }

    private void indexCommands() {
        long[] byId = new long[Vocabulary.commandCount()];
        long run = 0;
        List<Instruction> runs = runs();
        for (int i = 0; i < runs.size(); i++) {
            long bit = i < Long.SIZE && runs.size() <= Long.SIZE ? 1L << i : -1L;
            for (ShellCommand c : commands(i)) {
                int id = Vocabulary.command(c.name());
                if (id >= 0 && id < byId.length) {
                    byId[id] |= bit;
                    run |= id < Long.SIZE ? 1L << id : 0;
                }
            }
        }
        commandsRun = run;
        runsByCommand = byId;
    }

    private RunCommands runCommands(Instruction run) {
        int index = runIndex(run);
        if (index >= 0) {
            return split(index);
        }
        if (strayRuns == null) {
            strayRuns = new IdentityHashMap<>();
        }
        return strayRuns.computeIfAbsent(run, r -> new RunCommands(splitScripts(r)));
    }

    /** The position of {@code run} in {@link #runs()}, by line (the RUNs are in file order), or -1. */
    private int runIndex(Instruction run) {
        List<Instruction> runs = runs();
        int low = 0;
        int high = runs.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Instruction m = runs.get(mid);
            if (m == run) {
                return mid;
            }
            if (m.line() < run.line()) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** One RUN split into scripts and commands. */
    private static final class RunCommands {
        final List<ShellScript> scripts;
        final List<ShellCommand> commands;
        /** Built on first use: the file index reads the commands directly. */
        private Set<String> names;

        RunCommands(List<ShellScript> scripts) {
            this.scripts = scripts;
            if (scripts.size() == 1) {
                commands = scripts.getFirst().commands();
            } else {
                List<ShellCommand> all = new ArrayList<>();
                for (ShellScript s : scripts) {
                    all.addAll(s.commands());
                }
                commands = List.copyOf(all);
            }
        }

        Set<String> names() {
            if (names == null) {
                names = new java.util.HashSet<>();
                for (ShellCommand c : commands) {
                    names.add(c.name());
                }
            }
            return names;
        }
    }

    private List<ShellScript> splitScripts(Instruction run) {
        List<ShellScript> out = new ArrayList<>(1 + run.heredocs().size());
        if (run.json()) {
            StringBuilder text = new StringBuilder();
            List<int[]> starts = new ArrayList<>();
            for (Arg a : run.args()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                starts.add(new int[] {text.length(), a.span().line(), a.span().column()});
                text.append(quote(a.value()));
            }
            out.add(new ShellScript(text.toString(), offset -> {
                int[] best = starts.isEmpty() ? new int[] {0, run.line(), 1} : starts.getFirst();
                for (int[] s : starts) {
                    if (s[0] <= offset) {
                        best = s;
                    }
                }
                return new int[] {best[1], best[2]};
            }));
            return out;
        }
        int base = run.restOffset();
        var logical = run.logicalLine();
        ShellScript line = new ShellScript(run.rest(),
                offset -> new int[] {logical.lineAt(base + offset), logical.columnAt(base + offset)});
        out.add(line);
        int top = line.topLevelCount();
        boolean feedsShell = top == 0 || top == 1 && SHELLS.contains(line.commands().getFirst().name());
        if (feedsShell) {
            for (Heredoc doc : run.heredocs()) {
                if (isShellScript(doc.content())) {
                    out.add(heredocScript(doc));
                }
            }
        }
        return out;
    }

    /** A heredoc body is a shell script unless its shebang names another interpreter (python, node...). */
    static boolean isShellScript(String body) {
        String first = body.lines().findFirst().orElse("").strip();
        if (!first.startsWith("#!")) {
            return true;
        }
        String interpreter = first.substring(2).strip();
        if (interpreter.startsWith("/usr/bin/env")) {
            interpreter = interpreter.substring("/usr/bin/env".length()).strip();
        }
        String exe = interpreter.split("\\s+")[0];
        String base = exe.substring(exe.lastIndexOf('/') + 1);
        return Set.of("sh", "bash", "ash", "dash", "ksh", "zsh", "mksh").contains(base);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static ShellScript heredocScript(Heredoc doc) {
        String body = doc.content();
        int[] lineStarts = lineStarts(body);
        return new ShellScript(body, offset -> {
            int idx = 0;
            while (idx + 1 < lineStarts.length && lineStarts[idx + 1] <= offset) {
                idx++;
            }
            return new int[] {doc.bodyLine() + idx, offset - lineStarts[idx] + 1};
        });
    }

    private static int[] lineStarts(String body) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n' && i + 1 < body.length()) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- locations ----

    /**
     * The location of {@code span} inside {@code instruction}. Findings start on the instruction's
     * first line, where hadolint reports, so ignore pragmas and editors agree; when the span itself
     * starts on a later line, the range runs from the keyword to the span's end.
     */
    public Location.File at(Instruction instruction, Span span) {
        Instruction top = topLevel(instruction);
        if (span.line() == top.line()) {
            return new Location.File(path, span.line(), span.column(), span.endLine(), span.endColumn());
        }
        Span key = top.keywordSpan();
        return new Location.File(path, top.line(), key.column(), span.endLine(), span.endColumn());
    }

    /** The whole instruction (keyword to end of its logical line). */
    public Location.File at(Instruction instruction) {
        Instruction top = topLevel(instruction);
        Span s = top.span();
        return new Location.File(path, s.line(), s.column(), s.endLine(), s.endColumn());
    }

    public Location.File at(Instruction instruction, Arg arg) {
        return at(instruction, arg.span());
    }

    public Location.File at(Instruction instruction, ShellScript script, ShellWord word) {
        return at(instruction, script.span(word));
    }

    public Location.File at(Instruction instruction, ShellCommand command) {
        return at(instruction, command.script().span(command));
    }

    /** The ONBUILD wrapping {@code instruction}, or the instruction itself. */
    public Instruction topLevel(Instruction instruction) {
        return parents == null ? instruction : parents.getOrDefault(instruction, instruction);
    }

    /** The SHELL in force for {@code instruction}: BuildKit's default, or the last SHELL before it. */
    public List<String> shellFor(Instruction instruction) {
        if (pragmaShell != null) {
            return List.of(pragmaShell);
        }
        Stage s = stageOf(instruction);
        return s == null ? Shells.DEFAULT : Shells.at(s, topLevel(instruction));
    }

    /** Every ARG and ENV name declared anywhere in the file. */
    public Set<String> declaredNames() {
        Set<String> out = new java.util.TreeSet<>();
        for (Instruction i : effectiveInstructions()) {
            if (i.is("arg")) {
                i.args().forEach(a -> out.add(a.value().contains("=") ? a.value().substring(0, a.value().indexOf('=')) : a.value()));
            } else if (i.is("env")) {
                i.keyValues().forEach(kv -> out.add(kv.key().value()));
            }
        }
        return out;
    }

    public Location.File wholeFile() {
        return Location.File.whole(path);
    }
}
