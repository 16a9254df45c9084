package dev.trusty.report;

import java.util.Map;

/**
 * How the human-facing text output looks. Machine formats ignore these options.
 *
 * @param color   ANSI colours (the CLI decides with {@link #colorWanted})
 * @param quiet   only the findings: no source excerpt, hints, warnings or summary
 * @param sources where source excerpts are read from
 */
public record FormatOptions(boolean color, boolean quiet, SourceLines sources) {

    public FormatOptions {
        sources = sources == null ? SourceLines.none() : sources;
    }

    /** Plain text, excerpts read from the file system. */
    public static FormatOptions defaults() {
        return new FormatOptions(false, false, SourceLines.fromFiles());
    }

    public FormatOptions withColor(boolean on) {
        return new FormatOptions(on, quiet, sources);
    }

    public FormatOptions withQuiet(boolean on) {
        return new FormatOptions(color, on, sources);
    }

    public FormatOptions withSources(SourceLines lines) {
        return new FormatOptions(color, quiet, lines);
    }

    /**
     * Colour only on a terminal, and never when the user said no: {@code --no-color}, or the
     * NO_COLOR convention (the variable set to anything non-empty, see no-color.org).
     */
    public static boolean colorWanted(boolean stdoutIsTerminal, boolean noColorFlag, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return stdoutIsTerminal && !noColorFlag && (noColor == null || noColor.isEmpty());
    }
}
