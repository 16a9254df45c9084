package dev.trusty.core;

import java.util.List;

/**
 * How to resolve one finding mechanically: text edits in the source file, or a command to run.
 * {@code edits} replace the given ranges of the file the finding points at.
 */
public record Fix(String description, List<Edit> edits, String command) {

    public Fix {
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** Replaces the text between two positions (1-based lines and columns, end exclusive). */
    public record Edit(int line, int column, int endLine, int endColumn, String replacement) {
    }

    public static Fix edits(String description, Edit... edits) {
        return new Fix(description, List.of(edits), null);
    }

    public static Fix command(String description, String command) {
        return new Fix(description, List.of(), command);
    }
}
