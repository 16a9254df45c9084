package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.container.Setting;

/** Root in a container is one kernel bug or one bad mount away from root on the host. */
final class RunsAsRoot implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC016", Domain.CONTAINER, "Container runs as root", Severity.MEDIUM)
            .cis("4.1").trivy("KSV012").trivy("KSV105").podSecurity("runAsNonRoot").podSecurity("runAsUser").cwe(250)
            .why("Processes running as UID 0 own every file in the container, can use the default capabilities "
                    + "fully, and turn any escape or writable host mount into host root.")
            .fix("Run as an unprivileged user: --user 10001:10001, user: \"10001:10001\", "
                    + "securityContext.runAsNonRoot: true with runAsUser: 10001; or a USER in the image.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    static boolean isRoot(String user) {
        String u = user.trim();
        String name = u.contains(":") ? u.substring(0, u.indexOf(':')) : u;
        return name.isEmpty() || name.equals("0") || name.equals("root");
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<String> user = spec.user();
        String fix = Hints.fix(spec, "user: \"10001:10001\"", "--user 10001:10001",
                "securityContext.runAsNonRoot: true and runAsUser: 10001");
        if (user != null) {
            if (isRoot(user.value())) {
                String what = user.value().isBlank() ? "runs as root (no user set here or in the image)"
                        : "runs as root (user " + user.value() + ")";
                out.report(INFO, user.at(), what + "; fix: " + fix);
            }
            return;
        }
        if (spec.runAsNonRoot() != null && spec.runAsNonRoot().value()) {
            return;
        }
        if (spec.imageUser() != null) {
            if (isRoot(spec.imageUser())) {
                out.report(INFO, spec.at(Key.USER), "runs as root: no user set and the image's USER is "
                        + (spec.imageUser().isBlank() ? "unset" : spec.imageUser()) + "; fix: " + fix);
            }
            return;
        }
        String where = spec.runAsNonRoot() != null ? "runAsNonRoot is false and no runAsUser is set"
                : "no user set";
        out.report(INFO, spec.runAsNonRoot() != null ? spec.runAsNonRoot().at() : spec.at(Key.USER),
                "may run as root: " + where + ", so the image's USER applies (root unless the image sets one); fix: " + fix);
    }
}
