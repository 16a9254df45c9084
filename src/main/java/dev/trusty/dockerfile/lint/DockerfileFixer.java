package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the text edits of findings' fixes to a Dockerfile. Edits are applied from the end of the
 * file backwards so earlier positions stay valid; an edit overlapping one already applied is skipped
 * (the next run picks it up).
 */
public final class DockerfileFixer {
    private DockerfileFixer() {
    }

    /** The outcome: the new text and how many fixes went in. */
    public record Result(String text, int applied, int skipped) {
    }

    public static Result apply(String text, List<Finding> findings) {
        int[] lineStarts = lineStarts(text);
        record Located(int start, int end, String replacement, int order) {
        }
        List<Located> edits = new ArrayList<>();
        int order = 0;
        for (Finding f : findings) {
            Fix fix = f.fix();
            if (fix == null || fix.edits().isEmpty()) {
                continue;
            }
            for (Fix.Edit e : fix.edits()) {
                int start = offset(lineStarts, text, e.line(), e.column());
                int end = offset(lineStarts, text, e.endLine(), e.endColumn());
                if (start >= 0 && end >= start) {
                    edits.add(new Located(start, end, e.replacement(), order));
                }
            }
            order++;
        }
        edits.sort(Comparator.comparingInt(Located::start).thenComparingInt(Located::end)
                .thenComparingInt(Located::order).reversed());
        StringBuilder out = new StringBuilder(text);
        int applied = 0;
        int skipped = 0;
        int limit = Integer.MAX_VALUE;
        int lastStart = Integer.MAX_VALUE;
        for (Located e : edits) {
            boolean insertion = e.start() == e.end();
            if (e.end() > limit || !insertion && e.end() > lastStart) {
                skipped++;
                continue;
            }
            out.replace(e.start(), e.end(), e.replacement());
            applied++;
            limit = e.start();
            lastStart = Math.min(lastStart, e.start());
            if (insertion) {
                limit = e.start();
            }
        }
        return new Result(out.toString(), applied, skipped);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int offset(int[] lineStarts, String text, int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return -1;
        }
        int lineEnd = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (column == 0) {
            return lineEnd;
        }
        return Math.min(lineStarts[line - 1] + column - 1, Math.max(lineStarts[line - 1], lineEnd));
    }
}
