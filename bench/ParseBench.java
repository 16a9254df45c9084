import dev.trusty.dockerfile.model.DockerfileModel;
import dev.trusty.dockerfile.model.Step;
import dev.trusty.dockerfile.syntax.Dockerfile;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Parses N Dockerfiles in one JVM and compares with just reading their bytes.
 * Usage: java -cp target/classes bench/ParseBench.java [count] [rounds]
 * The files are written to a temp directory from the test corpus, varied per file.
 */
public class ParseBench {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("trusty-bench");
        List<Path> files = generate(dir, count);
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += Files.size(f);
        }
        System.out.printf("%d Dockerfiles, %.1f KiB on average, %d rounds (the first half is JIT warm-up)%n", count,
                totalBytes / 1024.0 / count, rounds);
        double read = 0, parse = 0, model = 0;
        for (int round = 0; round < rounds; round++) {
            double r = time(files, 0);
            double p = time(files, 1);
            double m = time(files, 2);
            System.out.printf("round %d: read %.0f ms, read+parse %.0f ms, read+parse+model+shell %.0f ms%n",
                    round, r, p, m);
            if (round >= rounds / 2) {
                read += r;
                parse += p;
                model += m;
            }
        }
        int measured = rounds - rounds / 2;
        read /= measured;
        parse /= measured;
        model /= measured;
        System.out.printf("read only:               %8.0f files/s%n", count / (read / 1000));
        System.out.printf("read + parse:            %8.0f files/s  (%.1fx the read time, %.1f us/file)%n",
                count / (parse / 1000), parse / read, parse * 1000 / count);
        System.out.printf("read + parse + model:    %8.0f files/s  (%.1fx the read time, %.1f us/file)%n",
                count / (model / 1000), model / read, model * 1000 / count);
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** mode 0: read bytes; 1: read and parse; 2: read, parse, build the model and parse every RUN. */
    private static double time(List<Path> files, int mode) throws IOException {
        long sink = 0;
        long start = System.nanoTime();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            if (mode == 0) {
                sink += bytes.length;
                continue;
            }
            Dockerfile df = DockerfileParser.parse(f.toString(), bytes);
            sink += df.instructions().size();
            if (mode == 2) {
                DockerfileModel m = DockerfileModel.of(df);
                for (Step s : m.steps()) {
                    if (s.isRun()) {
                        sink += s.run().commands().size();
                    }
                }
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (sink == 42) {
            System.out.print("");
        }
        return ms;
    }

    private static List<Path> generate(Path dir, int count) throws IOException {
        List<String> templates = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/dev/trusty/dockerfile/corpus"))) {
            for (Path p : corpus.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList()) {
                templates.add(Files.readString(p));
            }
        }
        Random random = new Random(42);
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String template = templates.get(i % templates.size());
            String esc = template.startsWith("# escape=`") ? "`" : "\\";
            String text = template
                    + "RUN echo build " + i + " && apt-get install -y pkg" + random.nextInt(1000) + " " + esc + "\n"
                    + "    && rm -rf /var/lib/apt/lists/*\n"
                    + "LABEL build.number=\"" + i + "\"\n";
            Path f = dir.resolve(i + ".Dockerfile");
            Files.writeString(f, text);
            out.add(f);
        }
        return out;
    }
}
