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
     * @param pin        what follows a package name in the message's example ("=<version>")
     */
    static void report(LintContext ctx, Instruction run, List<ShellCommand> commands, RuleInfo rule, String what,
                       Predicate<ShellCommand> isInstall, Set<String> withValue, Set<String> skip,
                       Predicate<String> pinned, String pin, FindingSink out) {
        List<ShellWord> unpinned = null; // most RUNs have no unpinned package: no list for them
        ShellCommand where = null;
        for (ShellCommand c : commands) {
            if (!isInstall.test(c)) {
                continue;
            }
            boolean subcommandSeen = false;
            for (ShellWord w : c.operands(withValue)) {
                String t = w.text();
                if (!subcommandSeen && skip.contains(t)) {
                    subcommandSeen = true;
                    continue;
                }
                if (!pinned.test(t)) {
                    if (unpinned == null) {
                        unpinned = new ArrayList<>();
                        where = c;
                    }
                    unpinned.add(w);
                }
            }
        }
        if (unpinned == null) {
            return;
        }
        reportUnpinned(ctx, run, rule, what + " without a version", where, unpinned, pin, out);
    }

    /**
     * The one finding of a RUN's unpinned packages, at the first, naming each once: "{@code what} for a, b:
     * pin them, e.g. a=<version>", the first name followed by {@code pin}.
     */
    static void reportUnpinned(LintContext ctx, Instruction run, RuleInfo rule, String what, ShellCommand where,
                               List<ShellWord> unpinned, String pin, FindingSink out) {
        // the message is built once per finding, and most typical files have one: one builder sized for every
        // name up front (it grew and copied for most apt-get lists), no list of names
        String first = unpinned.getFirst().text();
        int capacity = what.length() + 2 * first.length() + pin.length() + 24;
        for (int i = 1; i < unpinned.size(); i++) {
            capacity += unpinned.get(i).text().length() + 2;
        }
        StringBuilder message = new StringBuilder(capacity).append(what).append(" for ").append(first);
        int distinct = 1;
        long seen = nameBit(first);
        for (int i = 1; i < unpinned.size(); i++) {
            String name = unpinned.get(i).text();
            long bit = nameBit(name);
            // a name whose bit is unset cannot have been seen: the earlier names are compared only on a clash
            if ((seen & bit) == 0 || !seenBefore(unpinned, i, name)) {
                message.append(", ").append(name);
                distinct++;
            }
            seen |= bit;
        }
        message.append(": pin ").append(distinct == 1 ? "it" : "them").append(", e.g. ").append(first).append(pin);
        out.report(rule, ctx.at(run, where.script(), unpinned.getFirst()), message.toString());
    }

    /** One of 64 bits for a name, from its length and last character: equal names get equal bits. */
    private static long nameBit(String name) {
        return 1L << (name.length() * 7 + (name.isEmpty() ? 0 : name.charAt(name.length() - 1)));
    }

    private static boolean seenBefore(List<ShellWord> words, int end, String name) {
        for (int i = 0; i < end; i++) {
            if (words.get(i).text().equals(name)) {
                return true;
            }
        }
        return false;
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
