package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** A container that restarts forever turns a crash loop into a denial of service. */
final class RestartPolicyUnbounded implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC025", Domain.CONTAINER, "Restart policy without a retry cap",
                    Severity.LOW)
            .cis("5.15").cwe(400)
            .why("'always', 'unless-stopped' and 'on-failure' without a count restart a crashing or compromised "
                    + "container endlessly, hiding the failure and consuming the host.")
            .fix("Use on-failure with a small cap: --restart on-failure:5, restart: on-failure:5, "
                    + "deploy.restart_policy.max_attempts: 5.");

    static final int MAX_RETRIES = 5;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<String> policy = spec.restartPolicy();
        if (policy == null) {
            return;
        }
        Setting<Integer> retries = spec.restartMaxRetries();
        String problem = switch (policy.value()) {
            case "always", "unless-stopped" -> "restart policy '" + policy.value() + "' restarts forever";
            case "on-failure" -> retries == null || retries.value() <= 0 ? "restart policy on-failure has no retry cap"
                    : retries.value() > MAX_RETRIES ? "restart policy allows " + retries.value()
                    + " retries (more than " + MAX_RETRIES + ")" : null;
            default -> null;
        };
        if (problem != null) {
            out.report(INFO, retries != null && policy.value().equals("on-failure") ? retries.at() : policy.at(),
                    Hints.withFix(problem, spec, "restart: on-failure:5", "--restart on-failure:5", "-"));
        }
    }
}
