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

/** EXPOSE of SSH, telnet, RDP, VNC or the Docker API suggests remote administration inside the container. */
public final class RemoteAdminPort extends DockerfileRule {
    private static final Map<Integer, String> PORTS = Map.of(22, "SSH", 23, "telnet", 3389, "RDP", 5900, "VNC",
            2375, "the unencrypted Docker API", 2376, "the Docker API", 5985, "WinRM", 5986, "WinRM", 10250, "the kubelet API");
    public static final RuleInfo INFO = rule("TD214", "Remote administration port exposed", Severity.MEDIUM)
            .trivy("DS004").cis("4.3")
            .why("Containers should be managed through the runtime (docker exec), not an SSH or remote-desktop daemon inside them. "
                    + "Trivy's DS004, port 22 only, is read beside it (below).")
            .fix("Remove the daemon and the EXPOSE; use docker exec or kubectl exec for debugging.");

    public RemoteAdminPort() {
        super(INFO, "expose");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction e : ctx.effective("expose")) {
            for (Arg a : e.args()) {
                String v = a.value();
                String port = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
                if (Chars.only(port, "0123456789", 1, 5) && PORTS.containsKey(Integer.parseInt(port))) {
                    out.report(INFO, ctx.at(e, a), "EXPOSE " + v + " opens " + PORTS.get(Integer.parseInt(port))
                            + " in the container");
                }
            }
        }
    }
}
