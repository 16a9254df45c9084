package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Shared logic of the "packages without versions" rules: one finding per RUN naming every unpinned package. */
final class Installs {
    private Installs() {
    }

    /**
     * Reports the operands of matching commands that fail {@code pinned}.
     *
     * @param what       "apt-get install", used in the message
     * @param isInstall  which commands install
     * @param withValue  flags that take a value (dropped with it)
     * @param skip       operands that are sub-commands, not packages
     * @param pinned     whether a package is pinned
     */
    static void report(LintContext ctx, Instruction run, List<ShellCommand> commands, RuleInfo rule, String what,
                       Predicate<ShellCommand> isInstall, Set<String> withValue, Set<String> skip,
                       Predicate<String> pinned, String example, FindingSink out) {
        List<ShellWord> unpinned = new ArrayList<>();
        ShellCommand where = null;
        for (ShellCommand c : commands) {
            if (!isInstall.test(c)) {
                continue;
            }
            boolean subcommandSeen = false;
            for (ShellWord w : c.operands(withValue)) {
                if (!subcommandSeen && skip.contains(w.text())) {
                    subcommandSeen = true;
                    continue;
                }
                if (!pinned.test(w.text())) {
                    unpinned.add(w);
                    if (where == null) {
                        where = c;
                    }
                }
            }
        }
        if (unpinned.isEmpty()) {
            return;
        }
        reportUnpinned(ctx, run, rule, what + " without a version", where, unpinned, example, out);
    }

    /**
     * The one finding of a RUN's unpinned packages, at the first, naming each once: "{@code what} for a, b:
     * pin them, e.g. {@code example}" with {@code <pkg>} replaced by the first name.
     */
    static void reportUnpinned(LintContext ctx, Instruction run, RuleInfo rule, String what, ShellCommand where,
                               List<ShellWord> unpinned, String example, FindingSink out) {
        List<String> names = new ArrayList<>(unpinned.size());
        for (ShellWord w : unpinned) {
            if (!names.contains(w.text())) {
                names.add(w.text());
            }
        }
        out.report(rule, ctx.at(run, where.script(), unpinned.getFirst()), what + " for " + String.join(", ", names)
                + ": pin " + (names.size() == 1 ? "it" : "them") + ", e.g. " + example.replace("<pkg>", names.getFirst()));
    }

    /**
     * The packages a command names after its sub-command, for messages: " curl, wget", or "" when
     * it names none.
     */
    static String named(ShellCommand c, Set<String> withValue, String subcommand) {
        List<String> names = new ArrayList<>();
        boolean subcommandSeen = false;
        for (ShellWord w : c.operands(withValue)) {
            if (!subcommandSeen && w.text().equals(subcommand)) {
                subcommandSeen = true;
            } else if (subcommandSeen) {
                names.add(w.text());
            }
        }
        return names.isEmpty() ? "" : " " + String.join(", ", names);
    }
}
