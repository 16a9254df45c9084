package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;

/** The SHELL in force: BuildKit's default, or the last SHELL of the stage or of the stage it builds on. */
final class Shells {
    static final List<String> DEFAULT = List.of("/bin/sh", "-c");

    private Shells() {
    }

    /** The shell a stage starts with (inherited from an earlier stage it is built FROM). */
    static List<String> initial(Stage stage) {
        Stage parent = stage.parent();
        return parent == null ? DEFAULT : at(parent, null);
    }

    /** The shell in force just before {@code before} (or at the end of the stage when null). */
    static List<String> at(Stage stage, Instruction before) {
        List<String> shell = initial(stage);
        for (Instruction i : stage.instructions()) {
            if (i == before) {
                break;
            }
            if (i.is("shell") && !i.args().isEmpty()) {
                shell = i.argValues();
            }
        }
        return shell;
    }
}
