package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.shell.ShellNode.SimpleCommand;
import dev.trusty.dockerfile.shell.ShellScript;
import java.util.List;

/**
 * What a RUN executes, for shell-based rules. {@code PARSED}: a POSIX shell script, {@code script} holds
 * it. {@code EXEC}: JSON form, {@code script} holds the single command. {@code UNPARSED}: a non-POSIX
 * {@code SHELL}, a non-shell heredoc or shell text we could not read; {@code reason} says which, and
 * shell rules should skip the RUN.
 */
public record RunScript(Kind kind, ShellScript script, String reason) {

    public enum Kind { PARSED, EXEC, UNPARSED }

    public static RunScript unparsed(String reason) {
        return new RunScript(Kind.UNPARSED, null, reason);
    }

    public boolean isParsed() {
        return kind != Kind.UNPARSED;
    }

    /** The commands that run (empty when unparsed). */
    public List<SimpleCommand> commands() {
        return script == null ? List.of() : script.commands();
    }
}
