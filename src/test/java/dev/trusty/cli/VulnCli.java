package dev.trusty.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs {@code db} and {@code sbom} through Main's real command line and error handlers, with
 * the commands added the way Main will register them.
 */
final class VulnCli {

    private VulnCli() {
    }

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        var cli = Main.commandLine(outWriter, errWriter, false);
        if (!cli.getSubcommands().containsKey("db")) {
            cli.addSubcommand(new DbCommand());
        }
        if (!cli.getSubcommands().containsKey("sbom")) {
            cli.addSubcommand(new SbomCommand());
        }
        // settings made before addSubcommand do not reach the added commands' own subcommands
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setExecutionExceptionHandler(cli.getExecutionExceptionHandler());
        cli.setParameterExceptionHandler(cli.getParameterExceptionHandler());
        int code = cli.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
