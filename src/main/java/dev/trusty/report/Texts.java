package dev.trusty.report;

import dev.trusty.core.RuleInfo;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the human formats. */
final class Texts {
    private Texts() {
    }

    /**
     * Makes untrusted text (messages, file content) safe for a terminal: control characters such
     * as ESC would otherwise let a crafted Dockerfile repaint or hide parts of the report.
     * Line breaks are kept; tabs become a space.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(cp == '\r' ? "" : String.format("\\x%02x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Splits {@code text} into lines no longer than {@code width} where it can, on spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * The alias users most likely know the rule by: another tool's check id before a CWE class,
     * which names a weakness rather than a check.
     */
    static String firstAlias(RuleInfo rule) {
        return rule.references().stream()
                .sorted(java.util.Comparator.comparing(ref -> ref.kind() == dev.trusty.core.Reference.Kind.CWE))
                .map(dev.trusty.core.Reference::alias)
                .findFirst().orElse("");
    }
}
