package dev.trusty.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--debug", description = "Print stack traces and debug notes on stderr.")
    public boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Print only findings: no excerpts, no summary, no warnings.")
    public boolean quiet;

    @Option(names = "--no-color", description = "Never colour the output (also when NO_COLOR is set).")
    public boolean noColor;

    /** Colour only on a terminal, and never when the user opted out either way. */
    public boolean useColor(boolean toTerminal) {
        String noColorEnv = System.getenv("NO_COLOR");
        return toTerminal && !noColor && (noColorEnv == null || noColorEnv.isEmpty())
                && !"dumb".equals(System.getenv("TERM"));
    }
}
