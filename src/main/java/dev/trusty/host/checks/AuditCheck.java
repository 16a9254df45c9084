package dev.trusty.host.checks;

import dev.trusty.core.Severity;
import dev.trusty.host.facts.FileFact;
import dev.trusty.host.facts.HostFacts;

import java.util.List;
import java.util.function.Function;

/**
 * CIS 1.1.3–1.1.18: an audit rule watches one Docker file or directory. The path is where the
 * thing really is on this host (the running dockerd's program, the unit file found), not a fixed
 * {@code /usr/bin/dockerd} as Docker Bench assumes. A path that is not there needs no rule (INFO).
 */
final class AuditCheck extends BaseCheck {
    private final Function<HostFacts, FileFact> target;

    AuditCheck(String id, String benchId, String what, Function<HostFacts, FileFact> target) {
        super(id, benchId, "Ensure auditing is configured for " + what, Severity.LOW,
                "Docker runs as root and its files decide what containers may do; an audit trail of changes "
                        + "and uses is what an incident review needs.",
                "Add a watch rule, e.g. in /etc/audit/rules.d/docker.rules: -w <path> -k docker; "
                        + "then reload with augenrules --load (or restart auditd).");
        this.target = target;
    }

    @Override
    public boolean readsLocalHost() {
        return true;
    }

    @Override
    public CheckResult evaluate(HostFacts facts) {
        FileFact file = target.apply(facts);
        if (!facts.audit().readable()) {
            return CheckResult.needsRoot("the audit rules (" + facts.audit().source() + ")");
        }
        List<String> rules = facts.audit().watching(file.path());
        if (!rules.isEmpty()) {
            return CheckResult.pass("audited: " + rules.get(0),
                    new Evidence(file.path(), "rule in " + facts.audit().source() + ": " + rules.get(0)));
        }
        if (file.state() == FileFact.State.MISSING) {
            return CheckResult.info(file.path() + " is not present here, so there is nothing to audit",
                    new Evidence(file.path(), "not present"));
        }
        String where = facts.audit().isEmpty() ? "no audit rules at all: " + facts.audit().source()
                : "no rule for it in " + facts.audit().source();
        return CheckResult.warn("no audit rule watches " + file.path(), new Evidence(file.path(), where));
    }
}
