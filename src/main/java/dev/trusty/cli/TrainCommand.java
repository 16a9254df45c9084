package dev.trusty.cli;

import picocli.CommandLine.Command;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The launcher's training run for the start-up cache: runs the common commands once, output
 * discarded, so the classes they load are archived. Hidden: not for users.
 */
@Command(name = "aot-train", hidden = true, mixinStandardHelpOptions = true, description = "Training run for the launcher's start-up cache.")
final class TrainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        for (String[] args : commands()) {
            Main.run(args, sink, sink);
        }
        return 0;
    }

    private static List<String[]> commands() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"--help"});
        all.add(new String[] {"rules"});
        all.add(new String[] {"rules", "--format", "json"});
        all.add(new String[] {"bench", "--format", "json"});
        all.add(new String[] {"bench"});
        if (Files.isDirectory(Path.of("examples"))) {
            all.add(new String[] {"lint", "examples"}); // the most common short run
            for (String format : List.of("text", "json", "sarif", "junit")) {
                all.add(new String[] {"scan", "examples", "--format", format});
            }
        }
        return all;
    }
}
