package dev.trusty.cli;

import dev.trusty.core.ExitCode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void helpListsTheCommands() {
        Cli cli = Cli.run("--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("rules", "explain").doesNotContain("aot-train", "generate-completion");
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        for (String name : root.getSubcommands().keySet()) {
            Cli cli = Cli.run(name, "--help");
            assertThat(cli.exitCode()).as(name).isZero();
            assertThat(cli.out()).as(name).contains("Usage: trusty " + name);
        }
    }

    @Test
    void versionNamesToolAndJava() {
        Cli cli = Cli.run("--version");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("trusty ").contains("Java ");
    }

    @Test
    void unknownOptionIsOneLineAndExit2() {
        Cli cli = Cli.run("rules", "--bogus");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err().strip()).isEqualTo("trusty: Unknown option: '--bogus' (see 'trusty rules --help')");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void unknownCommandIsExit2() {
        Cli cli = Cli.run("frobnicate");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err()).contains("frobnicate").doesNotContain("\tat ");
    }

    @Test
    void missingCommandIsExit2() {
        Cli cli = Cli.run();
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err()).contains("a command is required");
    }

    @Test
    void badSeverityIsExit2() {
        Cli cli = Cli.run("rules", "--domain", "nope");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err().strip()).isEqualTo(
                "trusty: unknown domain 'nope' (expected dockerfile, image, container, host or vulnerability)");
    }

    @Test
    void explainUnknownIdIsExit2() {
        Cli cli = Cli.run("explain", "XX9999");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err().strip()).isEqualTo("trusty: no rule is known as 'XX9999' (run 'trusty rules' to list them)");
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @CommandLine.Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            throw new IllegalStateException("rule TD999 failed", new ArithmeticException("/ by zero"));
        }
    }

    @Test
    void internalErrorIsExit3WithoutStackUnlessDebug() {
        for (boolean debug : new boolean[] {false, true}) {
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true), debug);
            cli.addSubcommand("boom", new Boom());
            int code = debug ? cli.execute("boom", "--debug") : cli.execute("boom");
            assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
            assertThat(err.toString()).contains("trusty: internal error: IllegalStateException: rule TD999 failed "
                    + "(caused by ArithmeticException: / by zero)");
            if (debug) {
                assertThat(err.toString()).contains("\tat ");
            } else {
                assertThat(err.toString()).doesNotContain("\tat ").contains("--debug");
            }
        }
    }

    @Test
    void completionScriptIsGenerated() {
        Cli cli = Cli.run("generate-completion");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("complete -F").contains("trusty");
    }
}
