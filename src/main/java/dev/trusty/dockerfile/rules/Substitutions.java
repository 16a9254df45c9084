package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Commands run inside command substitutions ({@code $(...)} and backquotes), at any depth, which
 * {@link ShellScript} leaves unsearched. hadolint's shell parser finds them, so the rules that look
 * for a command anywhere in a RUN (sudo, cd, interactive tools) search them too.
 */
final class Substitutions {
    private Substitutions() {
    }

    /** The RUN's own commands followed by those inside its command substitutions. */
    static List<ShellCommand> withNested(LintContext ctx, Instruction run) {
        List<ShellCommand> top = ctx.commands(run);
        List<ShellCommand> nested = new ArrayList<>();
        for (ShellScript script : ctx.scripts(run)) {
            addNested(script, nested);
        }
        if (nested.isEmpty()) {
            return top;
        }
        List<ShellCommand> all = new ArrayList<>(top);
        all.addAll(nested);
        return all;
    }

    /** Adds the commands of every substitution in {@code script}, and of the substitutions inside those. */
    static void addNested(ShellScript script, List<ShellCommand> out) {
        String text = script.text();
        if (text.indexOf("$(") < 0 && text.indexOf('`') < 0) {
            return;
        }
        int n = text.length();
        boolean inDouble = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' && !inDouble) {
                int close = text.indexOf('\'', i + 1);
                i = close < 0 ? n : close;
            } else if (c == '"') {
                inDouble = !inDouble;
            } else if (c == '#' && !inDouble && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
            } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '(' && !(i + 2 < n && text.charAt(i + 2) == '(')) {
                int close = closingParen(text, i + 1);
                nested(script, i + 2, close, out);
                i = close;
            } else if (c == '`') {
                int close = closingBackquote(text, i + 1);
                nested(script, i + 1, close, out);
                i = close;
            }
        }
    }

    private static void nested(ShellScript parent, int start, int end, List<ShellCommand> out) {
        if (end <= start) {
            return;
        }
        ShellScript inner = new ShellScript(parent.text().substring(start, end), offset -> {
            Span s = parent.span(start + offset, start + offset + 1);
            return new int[] {s.line(), s.column()};
        });
        out.addAll(inner.commands());
        addNested(inner, out);
    }

    /** The offset of the parenthesis closing the one at {@code open} (or the end of the text). */
    private static int closingParen(String text, int open) {
        int depth = 0;
        int n = text.length();
        for (int p = open; p < n; p++) {
            char c = text.charAt(p);
            if (c == '\\') {
                p++;
            } else if (c == '\'') {
                int close = text.indexOf('\'', p + 1);
                p = close < 0 ? n : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return p;
            }
        }
        return n;
    }

    private static int closingBackquote(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '\\') {
                p++;
            } else if (c == '`') {
                return p;
            }
        }
        return text.length();
    }
}
