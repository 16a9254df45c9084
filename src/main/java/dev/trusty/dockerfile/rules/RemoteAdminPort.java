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
import java.util.Set;
import java.util.regex.Pattern;

/** EXPOSE of SSH, telnet, RDP, VNC or the Docker API suggests remote administration inside the container. */
public final class RemoteAdminPort extends DockerfileRule {
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
                String service = service(a.value());
                if (service != null) {
                    out.report(INFO, ctx.at(e, a), "EXPOSE " + a.value() + " opens " + service + " in the container");
                }
            }
        }
    }

    /** The remote administration service of {@code 22} or {@code 22/tcp}, or null: read in place, no boxed key. */
    private static String service(String exposed) {
        int slash = exposed.indexOf('/');
        int end = slash < 0 ? exposed.length() : slash;
        if (end < 1 || end > 5) {
            return null;
        }
        int port = 0;
        for (int i = 0; i < end; i++) {
            char c = exposed.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            port = port * 10 + (c - '0');
        }
        return switch (port) {
            case 22 -> "SSH";
            case 23 -> "telnet";
            case 3389 -> "RDP";
            case 5900 -> "VNC";
            case 2375 -> "the unencrypted Docker API";
            case 2376 -> "the Docker API";
            case 5985, 5986 -> "WinRM";
            case 10250 -> "the kubelet API";
            default -> null;
        };
    }
}
