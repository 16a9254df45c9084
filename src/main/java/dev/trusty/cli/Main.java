package dev.trusty.cli;

import dev.trusty.core.ExitCode;
import dev.trusty.core.InputException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Arrays;

/** Entry point: wires the commands and maps every outcome to one of the documented exit codes. */
@Command(name = "trusty",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Docker security across build, ship and run: Dockerfiles, images, containers and the host.",
        subcommands = {
                ScanCommand.class,
                LintCommand.class,
                ParseCommand.class,
                ConfigCommand.class,
                ContainersCommand.class,
                ImageCommand.class,
                SbomCommand.class,
                DbCommand.class,
                RulesCommand.class,
                ExplainCommand.class,
                AutoComplete.GenerateCompletion.class,
                TrainCommand.class,
        },
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error, 3 internal error."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; used by tests to get the exit code without exiting the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = commandLine(out, err, debug);
        return cli.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine cli = new CommandLine(new Main());
        LiveBench live = new LiveBench();
        cli.addSubcommand("bench", new BenchCommand(live, live));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        cli.setParameterExceptionHandler((ex, argv) -> {
            CommandLine failed = ex.getCommandLine();
            err.println("trusty: " + ex.getMessage() + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.INPUT_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, failed, parsed) -> {
            if (ex instanceof InputException) {
                err.println("trusty: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(err);
                }
                return ExitCode.INPUT_ERROR;
            }
            err.println("trusty: internal error: " + describe(ex));
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("trusty: run again with --debug for the stack trace, and please report it with the input that caused it");
            }
            return ExitCode.INTERNAL_ERROR;
        });
        return cli;
    }

    private static String describe(Throwable ex) {
        StringBuilder text = new StringBuilder(ex.getClass().getSimpleName());
        if (ex.getMessage() != null) {
            text.append(": ").append(ex.getMessage());
        }
        if (ex.getCause() != null && ex.getCause() != ex) {
            text.append(" (caused by ").append(ex.getCause().getClass().getSimpleName());
            if (ex.getCause().getMessage() != null) {
                text.append(": ").append(ex.getCause().getMessage());
            }
            text.append(')');
        }
        return text.toString();
    }
}
