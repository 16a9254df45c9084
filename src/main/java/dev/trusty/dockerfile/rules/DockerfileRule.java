package dev.trusty.dockerfile.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Base of every Dockerfile rule: holds the metadata so each rule class is only its logic. */
public abstract class DockerfileRule implements Rule<LintContext> {
    /** Tag of rules that run only when the configuration gives them a severity (hadolint's "ignore" level). */
    public static final String OPT_IN = "opt-in";

    private final RuleInfo info;

    protected DockerfileRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    protected static RuleInfo rule(String id, String title, Severity severity) {
        return RuleInfo.of(id, Domain.DOCKERFILE, title, severity);
    }

    @Override
    public String toString() {
        return info.id();
    }
}
