package dev.trusty.image.history;

import dev.trusty.dockerfile.syntax.DockerfileParseException;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import dev.trusty.image.HistoryInstruction;
import dev.trusty.image.sources.ImageConfig;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An image's history written back as one Dockerfile, oldest entry first: {@code FROM scratch},
 * then one instruction per entry, with an {@code ARG NAME} line before a RUN for each build arg
 * its history shows ({@code |2 A=b C=d ...}) so the rules see those variables as declared. Only
 * names are written, never the values, which may be secrets (TI014 judges those).
 *
 * <p>Entries that are not Dockerfile instructions, SHELL entries (every RUN entry records its own
 * shell) and entries the Dockerfile parser refuses on their own are left out, so one odd entry
 * cannot stop the others from being linted.
 *
 * @param text    the Dockerfile
 * @param entries the history entry whose instruction starts on each line
 */
record SyntheticDockerfile(String text, Map<Integer, Step> entries) {
    static final String FROM = "FROM scratch";
    private static final String HEREDOC_END = "TRUSTY_HISTORY_EOF";

    /** One history entry and the instruction it was turned into. */
    record Step(ImageConfig.HistoryEntry entry, HistoryInstruction instruction) {
    }

    static SyntheticDockerfile of(List<ImageConfig.HistoryEntry> history) {
        StringBuilder text = new StringBuilder(FROM).append('\n');
        Map<Integer, Step> entries = new HashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        int line = 2;
        for (ImageConfig.HistoryEntry entry : history) {
            HistoryInstruction instruction = HistoryInstruction.parse(entry.createdBy()).orElse(null);
            if (instruction == null || instruction.keyword().equals("SHELL")) {
                continue;
            }
            String written = write(instruction);
            if (written == null || !parses(written)) {
                continue;
            }
            for (String assignment : HistoryInstruction.buildArgs(entry.createdBy())) {
                String name = assignment.contains("=") ? assignment.substring(0, assignment.indexOf('=')) : assignment;
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*") && declared.add(name)) {
                    text.append("ARG ").append(name).append('\n');
                    line++;
                }
            }
            entries.put(line, new Step(entry, instruction));
            text.append(written).append('\n');
            line += (int) written.lines().count();
        }
        return new SyntheticDockerfile(text.toString(), Map.copyOf(entries));
    }

    /**
     * The instruction as Dockerfile text. A RUN with several lines becomes a here-document, so its
     * line breaks keep separating commands (a continuation would join them, and would drop lines
     * that look like comments); other multi-line entries are folded onto one line.
     */
    static String write(HistoryInstruction instruction) {
        String args = instruction.arguments().strip();
        if (instruction.keyword().equals("RUN") && args.contains("\n")) {
            if (args.lines().anyMatch(l -> l.strip().equals(HEREDOC_END))) {
                return null;
            }
            return "RUN <<'" + HEREDOC_END + "'\n" + args + "\n" + HEREDOC_END;
        }
        // A trailing backslash would continue the instruction onto the next entry's line.
        String one = args.replaceAll("\\s*\\R\\s*", " ").replaceAll("[\\s\\\\]+$", "");
        return one.isEmpty() ? instruction.keyword() : instruction.keyword() + " " + one;
    }

    private static boolean parses(String instruction) {
        try {
            DockerfileParser.parse("history", FROM + "\n" + instruction + "\n");
            return true;
        } catch (DockerfileParseException e) {
            return false;
        }
    }

    /** The entry whose instruction starts on {@code line}, or null for the FROM, ARG lines and the like. */
    Step at(int line) {
        return entries.get(line);
    }
}
