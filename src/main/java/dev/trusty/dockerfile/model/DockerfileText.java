package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.shell.ShellNode.SimpleCommand;
import dev.trusty.dockerfile.shell.Word;
import dev.trusty.dockerfile.syntax.Directive;
import dev.trusty.dockerfile.syntax.DockerfileDump;
import dev.trusty.dockerfile.syntax.Heredoc;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

/** The readable tree of {@code trusty parse --format text}: stages, instructions, the stage graph, RUN commands. */
public final class DockerfileText {
    private DockerfileText() {
    }

    public static String render(DockerfileModel model, boolean withShell) {
        StringBuilder out = new StringBuilder();
        out.append(model.syntax().file()).append(" (escape ").append(model.syntax().escapeToken()).append(")\n");
        for (Directive d : model.syntax().directives()) {
            out.append("directive ").append(d.name()).append('=').append(d.value()).append("  (line ")
                    .append(d.line()).append(")\n");
        }
        for (Step step : model.globalArgs()) {
            instruction(out, step, "", withShell);
        }
        for (Stage stage : model.stages()) {
            out.append("stage ").append(stage.index());
            if (stage.name() != null) {
                out.append(" \"").append(stage.name()).append('"');
            }
            out.append(" FROM ").append(stage.baseName());
            if (stage.baseStage() != null) {
                out.append(" (stage ").append(stage.baseStage().label()).append(')');
            } else if (stage.image() != null) {
                ImageRef ref = stage.image();
                out.append(" (registry ").append(ref.registry()).append(", repository ").append(ref.repository());
                if (ref.tag() != null) {
                    out.append(", tag ").append(ref.tag());
                }
                if (ref.digest() != null) {
                    out.append(", digest ").append(ref.digest());
                }
                out.append(')');
            } else {
                out.append(stage.isScratch() ? " (empty base)" : " (unresolved: " + stage.from().rest() + ")");
            }
            if (stage.platform() != null) {
                out.append(" platform ").append(stage.platform());
            }
            out.append('\n');
            for (Step step : stage.steps()) {
                instruction(out, step, "  ", withShell);
            }
            Step last = stage.finalState();
            out.append("  => user ").append(last.user() == null ? "(base image default)" : last.user())
                    .append(", workdir ").append(last.workdir()).append(", shell ").append(last.shell());
            if (!last.exposedPorts().isEmpty()) {
                out.append(", ports ").append(last.exposedPorts());
            }
            out.append('\n');
        }
        out.append("stage graph:\n");
        for (Dependency d : model.dependencies()) {
            out.append("  ").append(d.stage().label()).append(" <- ");
            if (d.target() != null) {
                out.append("stage ").append(d.target().label());
            } else {
                out.append(d.image() != null ? "image " + d.image().familiarName() : d.reference());
            }
            out.append(" (").append(d.kind().name().toLowerCase().replace('_', ' ')).append(", line ")
                    .append(d.span().line()).append(")\n");
        }
        for (ModelIssue issue : model.issues()) {
            out.append("note: line ").append(issue.span().line()).append(": ").append(issue.message()).append('\n');
        }
        return out.toString();
    }

    private static void instruction(StringBuilder out, Step step, String indent, boolean withShell) {
        Instruction in = step.instruction();
        String lines = in.line() == in.endLine() ? String.valueOf(in.line()) : in.line() + "-" + in.endLine();
        out.append(indent).append(String.format("%-7s ", lines)).append(DockerfileDump.buildkitLine(in)).append('\n');
        for (Heredoc h : in.heredocs()) {
            out.append(indent).append("        heredoc ").append(h.name()).append(" (lines ").append(h.bodyLine())
                    .append('-').append(h.terminatorLine()).append(h.expand() ? "" : ", not expanded")
                    .append(")\n");
        }
        if (withShell && step.isRun()) {
            RunScript run = step.run();
            if (!run.isParsed()) {
                out.append(indent).append("        (not parsed: ").append(run.reason()).append(")\n");
                return;
            }
            for (SimpleCommand c : run.commands()) {
                Span at = run.script().span(c);
                out.append(indent).append("        $ ");
                for (Word w : c.words()) {
                    out.append(w.value()).append(' ');
                }
                out.append(" @").append(at.line()).append(':').append(at.column()).append('\n');
            }
        }
    }
}
