package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** chmod that makes files writable by every user. */
public final class WorldWritable extends RunRule {
    public static final RuleInfo INFO = rule("TD211", "Files made world-writable", Severity.MEDIUM)
            .cwe(732)
            .why("Any process in the container, whatever its user, can then modify these files, e.g. replace a binary or config.")
            .fix("Grant write access to the owning user or group only: chown app:app <path> && chmod 750 <path>.");

    public WorldWritable() {
        super(INFO, "chmod");
    }

    static boolean worldWritable(String mode) {
        if (Chars.only(mode, "01234567", 3, 4)) {
            int others = mode.charAt(mode.length() - 1) - '0';
            return (others & 2) != 0;
        }
        if (mode.indexOf(',') < 0) {
            return writableByAll(mode); // one clause: every path operand comes here, so no split array for it
        }
        for (String clause : mode.split(",")) {
            if (writableByAll(clause)) {
                return true;
            }
        }
        return false;
    }

    /** One clause such as {@code o+w} or {@code a=rwx}: it grants write to others or to all. */
    private static boolean writableByAll(String clause) {
        int op = indexOfOp(clause);
        if (op < 0) {
            return false;
        }
        // read in place (u+x and +x were cut into two substrings): the permissions after the operator grant w,
        // and the who before it (only u, g, o, a) is empty or names o or a
        if (clause.charAt(op) == '-' || clause.indexOf('w', op + 1) < 0) {
            return false;
        }
        int o = clause.indexOf('o');
        int a = clause.indexOf('a');
        return op == 0 || o >= 0 && o < op || a >= 0 && a < op;
    }

    private static int indexOfOp(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '+' || c == '=' || c == '-') {
                return i;
            }
            if ("ugoa".indexOf(c) < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** -R, -Rf...: chmod's own options, read in place (every chmod -R cut a substring here). */
    private static boolean isOptionCluster(String word) {
        if (word.length() < 2 || word.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if ("RfvcH".indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (!c.is("chmod")) {
                continue;
            }
            for (ShellWord w : c.args()) {
                String t = w.text();
                if (!t.startsWith("--") && !isOptionCluster(t) && worldWritable(t)) {
                    List<ShellWord> ops = c.operands();
                    String target = ops.size() > 1 ? ops.get(1).text() : "";
                    out.report(INFO, ctx.at(run, c), "chmod " + t + " makes " + (target.isEmpty() ? "files" : "'" + target + "'")
                            + " writable by every user");
                    return;
                }
            }
        }
    }
}
