package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.Set;

/**
 * Trivy DS004: EXPOSE of the SSH port in any stage. TD214 covers SSH and the other remote-admin ports.
 * A reading of ToolReadings: it narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS004}.
 */
public final class TrivyExposeSsh extends DockerfileRule {
    private static final Set<String> SSH = Set.of("22", "22/tcp", "22/udp");
    public static final RuleInfo INFO = rule("TD132", "Port 22 exposed", Severity.MEDIUM)
            .trivy("DS004")
            .why("Trivy's DS004 check: an SSH daemon in a container is a second way in; docker exec does the job. "
                    + "TD214 reports the same for telnet, RDP, VNC, WinRM and the Docker and kubelet APIs.")
            .fix("Remove the SSH daemon and the EXPOSE 22; use docker exec or kubectl exec.");

    public TrivyExposeSsh() {
        super(INFO, "expose");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction e : ctx.instructions()) {
            if (!e.is("expose")) {
                continue;
            }
            for (Arg a : e.args()) {
                if (SSH.contains(a.value())) {
                    out.report(INFO, ctx.at(e, a), "EXPOSE " + a.value() + " opens SSH in the container");
                    break;
                }
            }
        }
    }
}
