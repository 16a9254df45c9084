package dev.trusty.dockerfile.syntax;

import java.util.List;

/**
 * Writes the syntax tree as BuildKit sees it: the JSON contract of {@code trusty parse --format json},
 * and BuildKit's own one-line-per-instruction dump (its parser testfiles' {@code result} format).
 */
public final class DockerfileDump {
    private DockerfileDump() {
    }

    /** {@code {"instructions":[{...}, ...]}}, one instruction object per line. */
    public static String json(Dockerfile df) {
        StringBuilder out = new StringBuilder("{\"instructions\":[");
        List<Instruction> list = df.instructions();
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            instructionJson(list.get(i), list.get(i).heredocs(), out);
        }
        return out.append(list.isEmpty() ? "" : "\n").append("]}\n").toString();
    }

    private static void instructionJson(Instruction in, List<Heredoc> heredocs, StringBuilder out) {
        out.append("{\"cmd\":");
        string(in.command(), out);
        out.append(",\"flags\":[");
        for (int i = 0; i < in.flags().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(in.flags().get(i).text(), out);
        }
        out.append("],\"args\":[");
        for (int i = 0; i < in.args().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(in.args().get(i).value(), out);
        }
        out.append("],\"json\":").append(in.json()).append(",\"heredocs\":[");
        for (int i = 0; i < heredocs.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"name\":");
            string(heredocs.get(i).name(), out);
            out.append(",\"content\":");
            string(heredocs.get(i).content(), out);
            out.append('}');
        }
        out.append("],\"line\":").append(in.line()).append(",\"endLine\":").append(in.endLine())
                .append(",\"original\":");
        string(in.original(), out);
        if (in.child() != null) {
            out.append(",\"child\":");
            Instruction child = new Instruction(in.child().keyword(), in.child().command(), in.child().flags(),
                    in.child().args(), in.child().json(), List.of(), in.child().child(), in.line(), in.endLine(),
                    in.child().original(), in.child().keywordSpan(), in.child().rest(), in.child().restSpan(),
                    List.of(), in.child().logicalLine(), in.child().restOffset());
            instructionJson(child, List.of(), out);
        }
        out.append('}');
    }

    /** A JSON string in pure ASCII: control and non-ASCII characters as {@code \\uXXXX}. */
    public static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // non-ASCII is escaped so the output survives any stdout encoding
                    if (c < 0x20 || c >= 0x7F) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** BuildKit's {@code Node.Dump()} format, one line per instruction. */
    public static String buildkit(Dockerfile df) {
        StringBuilder out = new StringBuilder();
        for (Instruction in : df.instructions()) {
            out.append(buildkitLine(in)).append('\n');
        }
        return out.toString();
    }

    public static String buildkitLine(Instruction in) {
        StringBuilder out = new StringBuilder("(").append(in.command());
        if (!in.flags().isEmpty()) {
            out.append(" [");
            for (int i = 0; i < in.flags().size(); i++) {
                out.append(i > 0 ? " " : "").append(GoText.quote(in.flags().get(i).text()));
            }
            out.append(']');
        }
        if (in.child() != null) {
            out.append(' ').append(buildkitLine(in.child()));
        }
        for (Arg a : in.args()) {
            out.append(' ').append(GoText.quote(a.value()));
        }
        return out.append(')').toString();
    }
}
