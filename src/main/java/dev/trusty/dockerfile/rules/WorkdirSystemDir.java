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

/** Trivy DS030: WORKDIR below a system directory (as Trivy: a path under it, from its list). */
public final class WorkdirSystemDir extends DockerfileRule {
    private static final List<String> SYSTEM = List.of("/proc/", "/boot/", "/dev/", "/initrd/", "/lost+found/");
    private static final int SHORTEST = "/dev/".length();
    public static final RuleInfo INFO = rule("TD122", "WORKDIR in a system directory", Severity.HIGH)
            .trivy("DS030")
            .why("Working under /proc, /dev or /boot writes where the kernel and runtime own the files.")
            .fix("Use an application directory such as /app.");

    public WorkdirSystemDir() {
        super(INFO, "workdir");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        List<Instruction> workdirs = ctx.effective("workdir");
        for (int n = 0; n < workdirs.size(); n++) {
            Instruction w = workdirs.get(n);
            if (w.args().isEmpty()) {
                continue;
            }
            String p = Paths.unquote(w.args().getFirst().value());
            if (p.length() < SHORTEST) {
                continue; // '/app', '/src': shorter than every system directory
            }
            for (String dir : SYSTEM) {
                if (p.startsWith(dir)) {
                    out.report(INFO, ctx.at(w, w.args().getFirst()), "WORKDIR " + p + " is inside the system directory "
                            + dir.substring(0, dir.length() - 1));
                    break;
                }
            }
        }
    }
}
