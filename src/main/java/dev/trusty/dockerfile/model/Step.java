package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.syntax.ExpansionException;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.WordLexer;
import java.util.List;
import java.util.Map;

/**
 * An instruction with the build state in effect when it runs: USER, WORKDIR (absolute, expanded),
 * SHELL, ENV, the ARGs in scope (value null when declared without one) and the ports exposed so far.
 * {@code stage} is null for the ARGs before the first FROM.
 */
public final class Step {
    private final Instruction instruction;
    private final Stage stage;
    private final String user;
    private final String workdir;
    private final List<String> shell;
    private final Map<String, String> env;
    private final Map<String, String> args;
    private final List<String> exposedPorts;
    private final char escapeToken;
    private RunScript run;

    Step(Instruction instruction, Stage stage, String user, String workdir, List<String> shell,
         Map<String, String> env, Map<String, String> args, List<String> exposedPorts, char escapeToken) {
        this.escapeToken = escapeToken;
        this.instruction = instruction;
        this.stage = stage;
        this.user = user;
        this.workdir = workdir;
        this.shell = shell;
        this.env = env;
        this.args = args;
        this.exposedPorts = exposedPorts;
    }

    public Instruction instruction() {
        return instruction;
    }

    public Stage stage() {
        return stage;
    }

    /** The USER in effect, or null when no USER was set (the base image's user, usually root). */
    public String user() {
        return user;
    }

    public String workdir() {
        return workdir;
    }

    public List<String> shell() {
        return shell;
    }

    public Map<String, String> env() {
        return env;
    }

    public Map<String, String> args() {
        return args;
    }

    public List<String> exposedPorts() {
        return exposedPorts;
    }

    /** Looks a variable up as BuildKit does for this instruction: ENV first, then ARG. */
    public String variable(String name) {
        String v = env.get(name);
        return v != null ? v : args.get(name);
    }

    /**
     * Expands a word as BuildKit would in this instruction (quotes removed, variables from ENV and ARG).
     * A word BuildKit would refuse (e.g. {@code ${}}) comes back unchanged.
     */
    public String expand(String word) {
        try {
            return new WordLexer(escapeToken).processWord(word, this::variable);
        } catch (ExpansionException e) {
            return word;
        }
    }

    /** True for RUN and ONBUILD RUN. */
    public boolean isRun() {
        return instruction.effective().is("run");
    }

    /** The parsed shell of a RUN (or ONBUILD RUN) under this step's SHELL; parsed on first use. */
    public synchronized RunScript run() {
        if (!isRun()) {
            throw new IllegalStateException(instruction.command() + " is not a RUN");
        }
        if (run == null) {
            run = RunScripts.of(instruction, shell);
        }
        return run;
    }
}
