package dev.trusty.dockerfile.syntax;

import java.util.List;

/**
 * Prints a syntax tree back as Dockerfile text that parses to the same tree (continuations are not
 * kept: each instruction becomes one line, followed by its heredoc bodies).
 */
public final class DockerfilePrinter {
    private DockerfilePrinter() {
    }

    public static String print(Dockerfile df) {
        StringBuilder out = new StringBuilder();
        for (Directive d : df.directives()) {
            out.append("# ").append(d.name()).append('=').append(d.value()).append('\n');
        }
        if (df.escapeToken() != '\\' && df.directives().stream().noneMatch(d -> d.name().equals("escape"))) {
            out.append("# escape=").append(df.escapeToken()).append('\n');
        }
        for (Instruction in : df.instructions()) {
            out.append(line(in, df.escapeToken())).append('\n');
            for (Heredoc h : in.heredocs()) {
                out.append(h.content()).append(h.name()).append('\n');
            }
        }
        return out.toString();
    }

    static String line(Instruction in, char escape) {
        StringBuilder out = new StringBuilder(in.keyword().isEmpty() ? in.command() : in.keyword());
        for (Flag f : in.flags()) {
            out.append(' ').append(flag(f.text(), escape));
        }
        if (in.child() != null) {
            return out.append(' ').append(line(in.child(), escape)).toString();
        }
        List<Arg> args = in.args();
        if (args.isEmpty()) {
            return in.json() ? out.append(" []").toString() : out.toString();
        }
        out.append(' ');
        if (!in.json() && args.get(0).value().startsWith("--")) {
            out.append("-- ");
        }
        switch (in.command()) {
            case "env", "label" -> {
                for (int i = 0; i + 2 < args.size(); i += 3) {
                    boolean legacy = args.get(i + 2).value().isEmpty();
                    out.append(i > 0 ? " " : "").append(args.get(i).value()).append(legacy ? " " : "=")
                            .append(args.get(i + 1).value());
                }
            }
            case "healthcheck" -> {
                out.append(args.get(0).value());
                if (args.size() > 1) {
                    out.append(' ').append(in.json() ? json(args.subList(1, args.size()))
                            : args.get(1).value());
                }
            }
            default -> {
                if (in.json()) {
                    out.append(json(args));
                } else {
                    for (int i = 0; i < args.size(); i++) {
                        out.append(i > 0 ? " " : "").append(args.get(i).value());
                    }
                }
            }
        }
        return out.toString();
    }

    private static String flag(String text, char escape) {
        boolean plain = text.chars().noneMatch(c -> GoText.isSpace(c) || c == '"' || c == '\'' || c == escape);
        if (plain) {
            return text;
        }
        // the word must still start with "--" to be a flag, so only the part after it is quoted
        int eq = text.indexOf('=');
        int cut = eq > 2 ? eq + 1 : 2;
        StringBuilder out = new StringBuilder(text.substring(0, cut)).append('"');
        for (char c : text.substring(cut).toCharArray()) {
            if (c == '"' || c == escape) {
                out.append(escape);
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static String json(List<Arg> args) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            DockerfileDump.string(args.get(i).value(), out);
        }
        return out.append(']').toString();
    }
}
