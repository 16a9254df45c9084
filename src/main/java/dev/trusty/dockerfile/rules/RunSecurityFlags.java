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

/** RUN --security=insecure and RUN --network=host weaken the build sandbox. */
public final class RunSecurityFlags extends DockerfileRule {
    public static final RuleInfo INSECURE = rule("TD217", "RUN with --security=insecure", Severity.HIGH)
            .cwe(250)
            .why("The step runs with all capabilities and no seccomp/AppArmor, like a privileged container on the build host.")
            .fix("Remove --security=insecure; grant only what the step needs.");
    public static final RuleInfo HOST_NETWORK = rule("TD218", "RUN with --network=host", Severity.MEDIUM)
            .why("The step shares the build host's network: it reaches services bound to localhost and metadata endpoints.")
            .fix("Use the default network, or --network=none for steps that need no network.");

    private final boolean insecure;

    private RunSecurityFlags(RuleInfo info, boolean insecure) {
        super(info);
        this.insecure = insecure;
    }

    public static List<RunSecurityFlags> all() {
        return List.of(new RunSecurityFlags(INSECURE, true), new RunSecurityFlags(HOST_NETWORK, false));
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction run : ctx.runs()) {
            for (Flag f : run.flags()) {
                if (insecure && f.name().equals("security") && "insecure".equals(f.value())) {
                    out.report(INSECURE, ctx.at(run, f.span()), "RUN --security=insecure disables the build sandbox");
                } else if (!insecure && f.name().equals("network") && "host".equals(f.value())) {
                    out.report(HOST_NETWORK, ctx.at(run, f.span()), "RUN --network=host shares the build host's network");
                }
            }
        }
    }
}
