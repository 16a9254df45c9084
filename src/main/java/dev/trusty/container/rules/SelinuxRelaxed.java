package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

import java.util.Set;

/** SELinux labelling switched off, or a label that escapes the container policy. */
final class SelinuxRelaxed implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC021", Domain.CONTAINER, "SELinux separation disabled or overridden",
                    Severity.MEDIUM)
            .cis("5.3").trivy("KSV025").podSecurity("seLinuxOptions").cwe(693)
            .why("label=disable, or a type such as spc_t/unconfined_t, or a custom SELinux user or role, lifts the "
                    + "per-container SELinux separation that stops a container from touching host files.")
            .fix("Remove label=disable / label=type:... (Kubernetes: seLinuxOptions.type only container_t, "
                    + "container_init_t or container_kvm_t; no user or role).");

    private static final Set<String> ALLOWED_TYPES = Set.of("container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        // the engine adds label=disable by itself for privileged and host PID/IPC containers: those rules report it
        boolean engineAdded = spec.isPrivileged() || ContainerSpec.isHost(spec.pidMode())
                || ContainerSpec.isHost(spec.ipcMode());
        for (Setting<String> label : spec.securityOpts("label")) {
            String v = label.value();
            String problem = null;
            if (v.equals("disable") || v.equals("disable:true")) {
                problem = engineAdded ? null : "SELinux labelling is disabled (label=disable)";
            } else if (v.startsWith("type:") && !ALLOWED_TYPES.contains(v.substring(5))) {
                problem = "runs with SELinux type " + v.substring(5) + ", outside the container policy";
            } else if (v.startsWith("user:") || v.startsWith("role:")) {
                problem = "sets a custom SELinux " + v.substring(0, 4) + " (" + v.substring(5) + ")";
            }
            if (problem != null) {
                out.report(INFO, label.at(), Hints.withFix(problem, spec, "remove label:" + v + " from security_opt",
                        "remove --security-opt label=" + v, "remove it from securityContext.seLinuxOptions"));
            }
        }
    }
}
