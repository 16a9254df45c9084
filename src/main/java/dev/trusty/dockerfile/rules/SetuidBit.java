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

/** chmod adding the setuid or setgid bit creates a privilege-escalation path. */
public final class SetuidBit extends RunRule {
    public static final RuleInfo INFO = rule("TD213", "setuid/setgid bit added", Severity.HIGH)
            .cis("4.8").cwe(250)
            .why("A setuid/setgid binary runs with its owner's privileges; a flaw in it lets any user become root.")
            .fix("Avoid setuid binaries; grant a specific capability (setcap) or run the step as the right user.");

    public SetuidBit() {
        super(INFO, "chmod");
    }

    static boolean addsSpecialBit(String mode) {
        if (Chars.only(mode, "01234567", 4, 4)) {
            int special = mode.charAt(0) - '0';
            return (special & 6) != 0;
        }
        if (mode.indexOf('+') < 0 && mode.indexOf('=') < 0) {
            return false; // no clause can add a bit: the usual octal or path word, without splitting it
        }
        for (String clause : mode.split(",")) {
            int plus = Math.max(clause.indexOf('+'), clause.indexOf('='));
            if (plus >= 0 && Chars.only(clause.substring(0, plus), "ugoa", 0, Integer.MAX_VALUE) && clause.substring(plus + 1).contains("s")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (!c.is("chmod")) {
                continue;
            }
            List<ShellWord> ops = c.operands();
            if (!ops.isEmpty() && addsSpecialBit(ops.getFirst().text())) {
                String target = ops.size() > 1 ? ops.get(1).text() : "files";
                out.report(INFO, ctx.at(run, c), "chmod " + ops.getFirst().text() + " sets the setuid/setgid bit on " + target);
                return;
            }
        }
    }
}
