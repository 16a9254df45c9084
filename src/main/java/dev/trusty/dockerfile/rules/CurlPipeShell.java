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

/** curl/wget piped straight into a shell runs whatever the server sends. */
public final class CurlPipeShell extends RunRule {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "python", "python3",
            "perl", "ruby", "node", "php");
    public static final RuleInfo INFO = rule("TD205", "Download piped into a shell", Severity.HIGH)
            .cwe(494)
            .why("The script is executed unverified: a compromised server, CDN or DNS answer runs code in your build.")
            .fix("Download to a file, verify its checksum or signature, then run it.");

    public CurlPipeShell() {
        super(INFO, "curl", "wget");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (int k = 0; k + 1 < commands.size(); k++) {
            ShellCommand c = commands.get(k);
            if ((c.is("curl") || c.is("wget")) && c.pipesOut()) {
                for (int j = k + 1; j < commands.size() && commands.get(j).pipedInto(); j++) {
                    ShellCommand d = commands.get(j);
                    String name = d.is("sudo") || d.is("env") ? d.subcommand() : d.baseName();
                    if (SHELLS.contains(name.substring(name.lastIndexOf('/') + 1))) {
                        out.report(INFO, ctx.at(run, c.script().span(c.nameWord().start(), d.nameWord().end())),
                                c.name() + " output piped into " + name + ": the script runs unverified");
                        return;
                    }
                }
            }
        }
    }
}
