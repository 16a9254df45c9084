package dev.trusty.image.rules;

import dev.trusty.core.Location;
import dev.trusty.image.HistoryInstruction;
import dev.trusty.image.ImageModel;
import dev.trusty.image.sources.ImageConfig;

import java.util.ArrayList;
import java.util.List;

/** History entries as Dockerfile instructions, and where findings about them point. */
final class History {
    private History() {
    }

    record Step(ImageConfig.HistoryEntry entry, HistoryInstruction instruction) {
        List<List<String>> commands() {
            return HistoryInstruction.commands(instruction.arguments());
        }
    }

    static List<Step> steps(ImageModel image) {
        List<Step> out = new ArrayList<>();
        for (ImageConfig.HistoryEntry h : image.config().history()) {
            HistoryInstruction.parse(h.createdBy()).ifPresent(i -> out.add(new Step(h, i)));
        }
        return out;
    }

    static List<Step> runs(ImageModel image) {
        return steps(image).stream().filter(s -> s.instruction().keyword().equals("RUN")).toList();
    }

    static Location at(ImageModel image, ImageConfig.HistoryEntry h) {
        String field = "history[" + h.index() + "]";
        return h.layer() < 0 ? image.configField(field) : image.atLayer(h.layer(), field);
    }

    /** A Dockerfile-like line for messages, cut to a readable length. */
    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 100 ? one.substring(0, 97) + "..." : one;
    }

    /** True when one simple command runs {@code program} with a word from {@code subcommands}. */
    static boolean runs(List<String> command, java.util.Set<String> programs, java.util.Set<String> subcommands) {
        String program = HistoryInstruction.program(command);
        if (!programs.contains(program)) {
            return false;
        }
        for (int i = HistoryInstruction.programIndex(command) + 1; i < command.size(); i++) {
            if (subcommands.contains(command.get(i))) {
                return true;
            }
        }
        return false;
    }
}
