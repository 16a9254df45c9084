package dev.trusty.cli;

import dev.trusty.core.ExitCode;
import dev.trusty.core.InputException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** Entry point: wires the commands and maps every outcome to one of the documented exit codes. */
@Command(name = "trusty",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Docker security across build, ship and run: Dockerfiles, images, containers and the host.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error, 3 internal error."})
public final class Main implements Runnable {
    /** The subcommands in help order; "bench" comes last, built with its live engine facts. */
    private static final List<Class<?>> COMMANDS = List.of(ScanCommand.class, LintCommand.class,
            ParseCommand.class, ConfigCommand.class, ContainersCommand.class, ImageCommand.class, SbomCommand.class,
            DbCommand.class, RulesCommand.class, ExplainCommand.class, AutoComplete.GenerateCompletion.class,
            TrainCommand.class);
    private static final String BENCH = "bench";

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
        CommandLine cli = commandLine(args.length == 0 ? null : args[0], out, err, debug);
        return cli.execute(args);
    }

    /** Every command, as help and shell completion list them. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        return commandLine(null, out, err, debug);
    }

    /**
     * The command line for a run whose first word is {@code first}: when it names a command, only that one is
     * built. picocli reads the annotations of every command it is given, which was a third of a short run's
     * start-up; {@code --version} needs none, and help, completion and unknown commands (for picocli's
     * suggestions) get them all.
     */
    static CommandLine commandLine(String first, PrintWriter out, PrintWriter err, boolean debug) {
        String only = first != null && !first.equals("generate-completion") && isCommand(first) ? first : null;
        boolean versionOnly = "--version".equals(first) || "-V".equals(first);
        CommandLine cli = new CommandLine(new Main());
        for (Class<?> command : COMMANDS) {
            if (!versionOnly && (only == null || names(command).contains(only))) {
                cli.addSubcommand(command);
            }
        }
        if (!versionOnly && (only == null || only.equals(BENCH))) {
            LiveBench live = new LiveBench();
            cli.addSubcommand(BENCH, new BenchCommand(live, live));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(true);
        }
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

    private static boolean isCommand(String word) {
        if (word.equals(BENCH)) {
            return true;
        }
        for (Class<?> command : COMMANDS) {
            if (names(command).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A command's name and aliases, from its annotation (no picocli model is built for this). */
    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
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
