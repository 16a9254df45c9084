package dev.trusty.host.checks;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.host.facts.HostFacts;

/**
 * One check of the bench. {@link #evaluate} gives the full result (passing ones too, the bench
 * lists every check); as a {@link Rule} it reports each WARN item as a finding, so the common
 * report formats, suppressions and exit codes work on bench results.
 */
public interface HostCheck extends Rule<HostFacts> {

    /** The Docker Bench / CIS id this check answers to ({@code 2.2}, {@code C.2}), or the rule id for Trusty-only checks. */
    String benchId();

    /** CIS profile level where known (1 unless the check is known to be a Level 2 item). */
    int level();

    CheckResult evaluate(HostFacts facts);

    /**
     * True when the check reads this machine (files, /proc, audit rules) rather than the engine;
     * against a remote engine such checks are skipped, as this machine is not the engine's host.
     */
    default boolean readsLocalHost() {
        return false;
    }

    @Override
    default void check(HostFacts facts, FindingSink out) {
        report(info(), evaluate(facts), out);
    }

    /** A WARN result becomes one finding per evidence item (or one for the summary when it has none). */
    static void report(RuleInfo rule, CheckResult result, FindingSink out) {
        if (result.result() != Result.WARN) {
            return;
        }
        if (result.items().isEmpty()) {
            out.report(rule, new dev.trusty.core.Location.Host("host", null), result.summary());
            return;
        }
        for (Evidence item : result.items()) {
            out.report(rule, item.location(), result.summary());
        }
    }
}
