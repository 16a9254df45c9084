package dev.trusty.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One instruction node as BuildKit's parser produces it, plus exact positions.
 *
 * @param keyword      the command word as written ({@code from}, {@code FROM}, {@code From})
 * @param command      the keyword lower-cased
 * @param flags        leading {@code --flags}, quotes removed
 * @param args         BuildKit's argument nodes in order (ENV/LABEL: key, value, sep triples;
 *                     HEALTHCHECK: type then command; ONBUILD: none, see {@code child})
 * @param json         exec (JSON array) form
 * @param heredocs     here-documents read after the line (for ONBUILD, those of its trigger)
 * @param child        the trigger of an ONBUILD, else null
 * @param line         first physical line (1-based)
 * @param endLine      last physical line, continuations and heredoc bodies included
 * @param original     the logical line, continuations joined
 * @param keywordSpan  where the keyword is
 * @param rest         the argument text after flags, trimmed (what shell-form RUN executes)
 * @param restSpan     where {@code rest} is
 * @param comments     the run of comment lines directly above (BuildKit's "previous comments")
 * @param logicalLine  the joined text with a position for every character
 * @param restOffset   offset of {@code rest} in {@code logicalLine}
 */
public record Instruction(String keyword, String command, List<Flag> flags, List<Arg> args, boolean json,
                          List<Heredoc> heredocs, Instruction child, int line, int endLine, String original,
                          Span keywordSpan, String rest, Span restSpan, List<Comment> comments,
                          LogicalLine logicalLine, int restOffset) {

    public Instruction withHeredocs(List<Heredoc> docs, int lastLine) {
        return new Instruction(keyword, command, flags, args, json, List.copyOf(docs), child, line, lastLine,
                original, keywordSpan, rest, restSpan, comments, logicalLine, restOffset);
    }

    /** The span from the keyword to the end of the logical line (heredoc bodies excluded). */
    public Span span() {
        Span end = logicalLine.span(0, logicalLine.length());
        return new Span(keywordSpan.line(), keywordSpan.column(), end.endLine(), end.endColumn());
    }

    /**
     * The shared instance of a lower-case instruction keyword (the string literal), or {@code lowerCase}
     * itself when it is none: commands compare by identity first, and every rule compares them.
     */
    static String canonicalCommand(String lowerCase) {
        return switch (lowerCase) {
            case "from" -> "from";
            case "run" -> "run";
            case "cmd" -> "cmd";
            case "label" -> "label";
            case "maintainer" -> "maintainer";
            case "expose" -> "expose";
            case "env" -> "env";
            case "add" -> "add";
            case "copy" -> "copy";
            case "entrypoint" -> "entrypoint";
            case "volume" -> "volume";
            case "user" -> "user";
            case "workdir" -> "workdir";
            case "arg" -> "arg";
            case "onbuild" -> "onbuild";
            case "stopsignal" -> "stopsignal";
            case "healthcheck" -> "healthcheck";
            case "shell" -> "shell";
            default -> lowerCase;
        };
    }

    public boolean is(String lowerCaseCommand) {
        return command.equals(lowerCaseCommand);
    }

    public Optional<Flag> flag(String name) {
        for (int i = 0; i < flags.size(); i++) { // by index: rules ask this of most instructions
            if (flags.get(i).name().equals(name)) {
                return Optional.of(flags.get(i));
            }
        }
        return Optional.empty();
    }

    public List<Flag> flags(String name) {
        if (flags.isEmpty()) {
            return List.of(); // most instructions
        }
        List<Flag> out = new ArrayList<>();
        for (Flag f : flags) {
            if (f.name().equals(name)) {
                out.add(f);
            }
        }
        return out;
    }

    public List<String> argValues() {
        return args.stream().map(Arg::value).toList();
    }

    /** ENV/LABEL pairs from the (key, value, sep) triples. */
    public List<KeyValue> keyValues() {
        List<KeyValue> out = new ArrayList<>(args.size() / 3);
        for (int i = 0; i + 2 < args.size(); i += 3) {
            out.add(new KeyValue(args.get(i), args.get(i + 1), args.get(i + 2).value().isEmpty()));
        }
        return out;
    }

    /** The instruction that actually runs: the ONBUILD trigger for ONBUILD, else this. */
    public Instruction effective() {
        return child != null ? child : this;
    }

    /** An ENV/LABEL pair; the value keeps BuildKit's raw quoting. {@code legacy} is the {@code KEY value} form. */
    public record KeyValue(Arg key, Arg value, boolean legacy) {
    }
}
