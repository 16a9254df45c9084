package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

import java.util.List;

/** An SSH daemon in a container is a second, usually unmanaged, way in. */
final class SshdInContainer implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC032", Domain.CONTAINER, "SSH daemon runs in the container", Severity.MEDIUM)
            .cis("5.7")
            .why("sshd brings keys, passwords and patching that nobody manages per container; docker exec or "
                    + "kubectl exec give the same access through the engine's own authorisation.")
            .fix("Remove sshd from the image and command; use docker exec / kubectl exec for access.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    static boolean isSshd(String word) {
        String base = word.substring(word.lastIndexOf('/') + 1);
        if (base.endsWith(":")) {
            base = base.substring(0, base.length() - 1);   // sshd names its children "sshd: user@pts/0"
        }
        return base.equals("sshd") || base.equals("dropbear");
    }

    /** The program, or the script a shell or interpreter runs ({@code /bin/sh /usr/sbin/sshd}). */
    private static boolean startsSshd(List<String> words) {
        return words.stream().limit(2).anyMatch(SshdInContainer::isSshd);
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (String process : spec.processes()) {
            List<String> words = List.of(process.trim().split("\\s+"));
            if (startsSshd(words)) {
                out.report(INFO, spec.declaration(), "sshd is running inside (process: "
                        + String.join(" ", words.subList(0, Math.min(2, words.size())))
                        + "); fix: remove it and use docker exec");
                return;
            }
        }
        Setting<List<String>> command = spec.command();
        if (command != null && startsSshd(command.value())) {
            out.report(INFO, command.at(), Hints.withFix("the container's command starts sshd", spec,
                    "remove sshd from command/entrypoint", "remove sshd from the command", "remove sshd from command"));
        }
    }
}
