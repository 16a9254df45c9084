package dev.trusty.cli;

import dev.trusty.core.InputException;
import dev.trusty.dockerfile.model.DockerfileModel;
import dev.trusty.dockerfile.model.DockerfileText;
import dev.trusty.dockerfile.syntax.Dockerfile;
import dev.trusty.dockerfile.syntax.DockerfileDump;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trusty parse}: prints a Dockerfile's syntax tree as BuildKit sees it. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print a Dockerfile's syntax tree as BuildKit sees it (json), or a readable tree with "
                + "stages and the stage graph (text).")
final class ParseCommand implements Callable<Integer> {

    enum Format { json, text }

    @Option(names = {"-f", "--format"}, defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--shell", description = "With --format text: show the commands each RUN executes.")
    boolean shell;

    @Option(names = "--syntax-only", description = "Only BuildKit's parser checks (no per-instruction checks such "
            + "as unknown instructions, flags or arity): the tree BuildKit's parser alone produces.")
    boolean syntaxOnly;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The Dockerfile, or - for standard input.")
    String file;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        byte[] bytes = read(file);
        Dockerfile df = syntaxOnly ? DockerfileParser.parseSyntax(file, bytes) : DockerfileParser.parse(file, bytes);
        String output = format == Format.json ? DockerfileDump.json(df)
                : DockerfileText.render(DockerfileModel.of(df), shell);
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return 0;
    }

    private static byte[] read(String file) {
        try {
            return file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }
}
