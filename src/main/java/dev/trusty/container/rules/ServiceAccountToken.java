package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** A mounted service account token is a credential for the Kubernetes API in every compromised pod. */
final class ServiceAccountToken implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC036", Domain.CONTAINER, "Service account token mounted", Severity.LOW)
            .trivy("KSV036").cwe(522)
            .why("Kubernetes mounts an API token into every pod unless told not to; most applications never "
                    + "call the API, and an attacker who gets in inherits whatever RBAC grants that account.")
            .fix("Set automountServiceAccountToken: false on the pod (or its service account) unless it calls the API.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<Boolean> token = spec.automountServiceAccountToken();
        if (token != null && token.value()) {
            out.report(INFO, token.at(), "the service account token is mounted into the pod; fix: "
                    + "automountServiceAccountToken: false");
        }
    }
}
