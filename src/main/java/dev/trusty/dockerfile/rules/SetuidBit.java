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
        // each comma-separated clause read in place (u+x cost a split array and two substrings per chmod)
        for (int start = 0; start <= mode.length(); ) {
            int end = mode.indexOf(',', start);
            end = end < 0 ? mode.length() : end;
            if (clauseAddsSpecialBit(mode, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** The clause {@code mode[start, end)}: who (u, g, o, a only) then '+' or '=' then permissions with s. */
    private static boolean clauseAddsSpecialBit(String mode, int start, int end) {
        int op = Math.max(indexIn(mode, '+', start, end), indexIn(mode, '=', start, end));
        if (op < 0) {
            return false;
        }
        for (int i = start; i < op; i++) {
            if ("ugoa".indexOf(mode.charAt(i)) < 0) {
                return false;
            }
        }
        return indexIn(mode, 's', op + 1, end) >= 0;
    }

    private static int indexIn(String s, char ch, int from, int end) {
        int i = s.indexOf(ch, from);
        return i < end ? i : -1;
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (!c.is("chmod")) {
                continue;
            }
            ShellWord mode = c.firstOperand(); // most chmods are no finding: no operand list for them
            if (mode != null && addsSpecialBit(mode.text())) {
                List<ShellWord> ops = c.operands();
                String target = ops.size() > 1 ? ops.get(1).text() : "files";
                out.report(INFO, ctx.at(run, c), "chmod " + ops.getFirst().text() + " sets the setuid/setgid bit on " + target);
                return;
            }
        }
    }
}
