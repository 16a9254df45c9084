import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import dev.trusty.dockerfile.syntax.DockerfileParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lints 1,000 generated, typical Dockerfiles in one JVM and compares with parsing alone.
 * Run through run.sh (not a test: timings on a shared machine are not assertions).
 */
public class LintBench {
    static final String[] BASES = {"debian:12-slim", "ubuntu:24.04", "alpine:3.20", "python:3.12-slim", "node:20",
            "golang:1.22", "eclipse-temurin:21-jre", "nginx:1.27", "fedora:40", "redhat/ubi9:9.4"};

    static String dockerfile(Random r, int i) {
        StringBuilder b = new StringBuilder("# syntax=docker/dockerfile:1\nARG VERSION=1." + i + "\n");
        boolean multi = r.nextBoolean();
        if (multi) {
            b.append("FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n")
                    .append("COPY . .\nRUN CGO_ENABLED=0 go build -o /out/app ./cmd/app\n\n");
        }
        String base = BASES[r.nextInt(BASES.length)];
        b.append("FROM ").append(base).append(r.nextInt(4) == 0 ? "" : "").append('\n');
        b.append("LABEL org.opencontainers.image.source=\"https://example.com/app\" version=\"${VERSION}\"\n");
        if (base.startsWith("alpine")) {
            b.append("RUN apk add --no-cache ca-certificates=20240226-r0 curl tzdata \\\n    && adduser -D -u 10001 app\n");
        } else if (base.startsWith("fedora") || base.startsWith("redhat")) {
            b.append("RUN dnf install -y shadow-utils-4.14 curl && dnf clean all\n");
        } else {
            b.append("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends \\\n")
                    .append("       ca-certificates=20230311 curl git \\\n    && rm -rf /var/lib/apt/lists/*\n");
        }
        if (base.startsWith("python")) {
            b.append("COPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\n");
        }
        if (base.startsWith("node")) {
            b.append("WORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev && npm cache clean --force\n");
        }
        b.append("ENV APP_HOME=/app PATH=/app/bin:$PATH\nWORKDIR /app\n");
        if (multi) {
            b.append("COPY --from=build /out/app /app/bin/app\n");
        } else {
            b.append("COPY --chown=10001:10001 . /app\n");
        }
        if (r.nextInt(3) == 0) {
            b.append("RUN curl -fsSL https://example.com/install.sh | sh\n");
        }
        b.append("RUN set -eux; mkdir -p /app/data; chmod 750 /app/data; echo \"build ").append(i).append("\" > /app/BUILD\n");
        b.append("EXPOSE 8080\nHEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8080/health || exit 1\n");
        if (r.nextBoolean()) {
            b.append("USER 10001:10001\n");
        }
        b.append("ENTRYPOINT [\"/app/bin/app\"]\nCMD [\"serve\", \"--port\", \"8080\"]\n");
        return b.toString();
    }

    /**
     * What the rules read, built as the linter builds it: the parse, the stages, and every RUN's script
     * parsed into commands (hadolint, too, parses the RUN scripts before its rules run).
     */
    static int model(String text) {
        var ctx = new dev.trusty.dockerfile.rules.LintContext("Dockerfile", DockerfileParser.parse("Dockerfile", text),
                dev.trusty.dockerfile.rules.LintSettings.DEFAULTS);
        int commands = 0;
        for (int run = 0; run < ctx.runs().size(); run++) {
            commands += ctx.commands(run).size();
        }
        return commands;
    }

    static int batchFindings(DockerfileLinter linter, List<DockerfileLinter.Source> chunk) {
        int found = 0;
        for (DockerfileLinter.Result r : linter.lint(chunk)) {
            found += r.report().findings().size();
        }
        return found;
    }

    /** Time of each rule alone over all files, on contexts built (and RUNs split) once: finds the expensive rules. */
    static void perRule(List<String> texts) {
        List<dev.trusty.dockerfile.rules.LintContext> contexts = new ArrayList<>();
        for (String t : texts) {
            var ctx = new dev.trusty.dockerfile.rules.LintContext("Dockerfile", DockerfileParser.parse("Dockerfile", t),
                    dev.trusty.dockerfile.rules.LintSettings.DEFAULTS);
            // split the RUNs up front, as the linter's first command rule does, so no rule is charged for it
            for (var run : ctx.runs()) {
                ctx.commands(run);
            }
            contexts.add(ctx);
        }
        dev.trusty.core.FindingSink sink = f -> { };
        List<String> lines = new ArrayList<>();
        for (var rule : dev.trusty.dockerfile.rules.DockerfileRules.ALL) {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                for (var c : contexts) {
                    rule.check(c, sink);
                }
                best = Math.min(best, System.nanoTime() - t0);
            }
            lines.add(String.format("%10.2f ms  %s %s", best / 1e6, rule.info().id(), rule.info().title()));
        }
        lines.sort(java.util.Comparator.reverseOrder());
        lines.stream().limit(15).forEach(System.out::println);
    }

    /** Parse + context + pragmas + checker with every rule switched off: the fixed cost per file. */
    static void noRules(List<String> texts) {
        List<String> all = dev.trusty.dockerfile.lint.DockerfileLinter.catalogue().stream().map(r -> r.id()).toList();
        var policy = new dev.trusty.core.Policy(dev.trusty.core.TrustyConfig.DEFAULTS, all, null);
        DockerfileLinter none = new DockerfileLinter(new LintOptions(policy, dev.trusty.dockerfile.rules.LintSettings.DEFAULTS,
                LintOptions.ShellCheckMode.NEVER, false));
        long best = Long.MAX_VALUE;
        long parseBest = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long lint = 0;
            long parse = 0;
            for (String t : texts) {
                long t0 = System.nanoTime();
                DockerfileParser.parse("Dockerfile", t);
                long t1 = System.nanoTime();
                none.lint("Dockerfile", t);
                lint += System.nanoTime() - t1;
                parse += t1 - t0;
            }
            best = Math.min(best, lint);
            parseBest = Math.min(parseBest, parse);
        }
        System.out.printf("no rules (parse + context + checker): %.1f ms vs parse %.1f ms%n", best / 1e6, parseBest / 1e6);
    }

    public static void main(String[] args) {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = Integer.getInteger("warmup", 10);
        Random r = new Random(42);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            String t = dockerfile(r, i);
            texts.add(t);
            bytes += t.length();
        }
        DockerfileLinter linter = new DockerfileLinter(LintOptions.defaults());
        // The same files in the batches `trusty lint` hands to the linter when it lints several files.
        int batch = Integer.getInteger("batch", 16);
        List<List<DockerfileLinter.Source>> chunks = new ArrayList<>();
        for (int from = 0; from < files; from += batch) {
            List<DockerfileLinter.Source> chunk = new ArrayList<>();
            for (String t : texts.subList(from, Math.min(files, from + batch))) {
                chunk.add(new DockerfileLinter.Source("Dockerfile", t));
            }
            chunks.add(chunk);
        }
        // Warm-up: every path JIT-compiled before timing. The parser's few methods run many times per file
        // and reach C2 within a few passes; each rule runs once per file (and only on the files it applies to),
        // so its methods reach C2's invocation thresholds only after tens of passes, later still when the
        // machine is loaded and the compiler threads lag. A warm-up that stopped at the first quiet pass timed
        // rules still in C1's profiling code against a parser in C2 (rules / parse 2.98 against 1.58 for the
        // same code at a load of 11). So it runs at least `warmup` passes, then goes on until `quiet`
        // consecutive passes compiled nothing (at most 180 s), and the compile time spent while timing is printed.
        int quiet = Integer.getInteger("quiet", 10);
        long sink = 0;
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        int passes = 0;
        int quietPasses = 0;
        long warmStart = System.nanoTime();
        while ((passes < warmup || quietPasses < quiet) && System.nanoTime() - warmStart < 180e9) {
            long compiled = jit.getTotalCompilationTime();
            for (String t : texts) {
                sink += DockerfileParser.parse("Dockerfile", t).instructions().size();
                sink += linter.lint("Dockerfile", t).report().findings().size();
                sink += model(t);
            }
            for (var chunk : chunks) {
                sink += batchFindings(linter, chunk);
            }
            quietPasses = jit.getTotalCompilationTime() == compiled ? quietPasses + 1 : 0;
            passes++;
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        long compiledBeforeTiming = jit.getTotalCompilationTime();
        warmup = passes;
        // Parse and lint are timed file by file, interleaved, so both see the same machine load
        // (the bench machine is shared). Both results are consumed, so neither call is dead code.
        long[] parseRound = new long[rounds];
        long[] lintRound = new long[rounds];
        long[] parseMin = new long[files];
        long[] lintMin = new long[files];
        long[] modelMin = new long[files];
        java.util.Arrays.fill(parseMin, Long.MAX_VALUE);
        java.util.Arrays.fill(modelMin, Long.MAX_VALUE);
        java.util.Arrays.fill(lintMin, Long.MAX_VALUE);
        long findings = 0;
        long[] chunkParseMin = new long[chunks.size()];
        long[] chunkLintMin = new long[chunks.size()];
        java.util.Arrays.fill(chunkParseMin, Long.MAX_VALUE);
        java.util.Arrays.fill(chunkLintMin, Long.MAX_VALUE);
        long[] batchFound = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long f = 0;
            for (int i = 0; i < files; i++) {
                String t = texts.get(i);
                long t0 = System.nanoTime();
                sink += DockerfileParser.parse("Dockerfile", t).instructions().size();
                long t1 = System.nanoTime();
                f += linter.lint("Dockerfile", t).report().findings().size();
                long t2 = System.nanoTime();
                sink += model(t);
                modelMin[i] = Math.min(modelMin[i], System.nanoTime() - t2);
                parseRound[round] += t1 - t0;
                lintRound[round] += t2 - t1;
                parseMin[i] = Math.min(parseMin[i], t1 - t0);
                lintMin[i] = Math.min(lintMin[i], t2 - t1);
            }
            findings = f;
            // The batch API: the chunk's files parsed one by one, then linted as one batch.
            for (int c = 0; c < chunks.size(); c++) {
                long t0 = System.nanoTime();
                for (var source : chunks.get(c)) {
                    sink += DockerfileParser.parse("Dockerfile", source.text()).instructions().size();
                }
                long t1 = System.nanoTime();
                batchFound[round] += batchFindings(linter, chunks.get(c));
                long t2 = System.nanoTime();
                chunkParseMin[c] = Math.min(chunkParseMin[c], t1 - t0);
                chunkLintMin[c] = Math.min(chunkLintMin[c], t2 - t1);
            }
        }
        long parseBest = java.util.Arrays.stream(parseRound).min().orElseThrow();
        long lintBest = java.util.Arrays.stream(lintRound).min().orElseThrow();
        System.out.printf("files: %d (%.1f KiB total, %d rules, %d findings per pass; %d warm-up passes in %.0f s, %d rounds;"
                + " JIT time while timing %d ms)%n", files, bytes / 1024.0, linter.rules().size(), findings, warmup,
                warmSeconds, rounds, jit.getTotalCompilationTime() - compiledBeforeTiming);
        System.out.printf("parse only:        %8.1f ms  %9.0f files/s  %6.1f us/file%n", parseBest / 1e6,
                files / (parseBest / 1e9), parseBest / 1e3 / files);
        System.out.printf("parse + all rules: %8.1f ms  %9.0f files/s  %6.1f us/file%n", lintBest / 1e6,
                files / (lintBest / 1e9), lintBest / 1e3 / files);
        System.out.printf("rules cost / parse cost: %.2f%n", (double) (lintBest - parseBest) / parseBest);
        // A round's total absorbs every time slice the machine took from it; the other estimates filter that out.
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            ratios[round] = (double) (lintRound[round] - parseRound[round]) / parseRound[round];
        }
        java.util.Arrays.sort(ratios);
        System.out.printf("rules / parse per round: best %.2f, median %.2f, worst %.2f%n", ratios[0],
                ratios[rounds / 2], ratios[rounds - 1]);
        long parseFloor = java.util.Arrays.stream(parseMin).sum();
        long lintFloor = java.util.Arrays.stream(lintMin).sum();
        System.out.printf("fastest run of each file: parse %.1f ms, parse + all rules %.1f ms, rules / parse %.2f%n",
                parseFloor / 1e6, lintFloor / 1e6, (double) (lintFloor - parseFloor) / parseFloor);
        long modelFloor = java.util.Arrays.stream(modelMin).sum();
        System.out.printf("the same, against the whole model (parse + stages + RUN shell parse, %.1f ms): rules / model %.2f%n",
                modelFloor / 1e6, (double) (lintFloor - modelFloor) / modelFloor);
        long chunkParse = java.util.Arrays.stream(chunkParseMin).sum();
        long chunkLint = java.util.Arrays.stream(chunkLintMin).sum();
        System.out.printf("in batches of %d files (the linter's API for several files, which `trusty lint` uses; %d findings"
                + " per pass): parse %.1f ms, parse + all rules %.1f ms, rules / parse %.2f (fastest run of each batch)%n",
                batch, batchFound[rounds - 1], chunkParse / 1e6, chunkLint / 1e6, (double) (chunkLint - chunkParse) / chunkParse);
        if (sink == 42) {
            System.out.println();
        }
        if (args.length > 2) {
            perRule(texts);
            noRules(texts);
        }
    }
}
