package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.core.Target;

/** Without a health check, a hung service looks healthy to the engine and to orchestrators. */
final class NoHealthcheck implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC026", Domain.CONTAINER, "No health check", Severity.LOW)
            .cis("5.27")
            .why("A health check lets the engine and orchestrators notice a hung or compromised service and "
                    + "stop routing to it or restart it.")
            .fix("Define one: --health-cmd, compose healthcheck.test, a Kubernetes livenessProbe/readinessProbe, "
                    + "or HEALTHCHECK in the image.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<Boolean> health = spec.healthcheck();
        if (health != null && health.value()) {
            return;
        }
        String what = health != null ? "health check is disabled"
                : spec.kind() == Target.Kind.CONTAINER || spec.kind() == Target.Kind.KUBERNETES
                ? "no health check" : "no health check here (only one the image may define)";
        out.report(INFO, health != null ? health.at() : spec.at(Key.HEALTHCHECK), Hints.withFix(what, spec,
                "healthcheck: {test: [CMD, ...]}", "--health-cmd '...'", "add a livenessProbe or readinessProbe"));
    }
}
