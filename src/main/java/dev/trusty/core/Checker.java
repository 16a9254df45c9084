package dev.trusty.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a list of rules over one model and applies the policy to what they report. */
public final class Checker {
    private Checker() {
    }

    public static <M> TargetReport run(Target target, List<? extends Rule<? super M>> rules, M model,
                                       Policy policy, Suppressor inline) {
        long start = System.nanoTime();
        List<RuleInfo> checked = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        int[] suppressed = {0};
        FindingSink sink = finding -> {
            Finding effective = policy.apply(finding, inline);
            if (effective == null) {
                suppressed[0]++;
            } else {
                kept.add(effective);
            }
        };
        for (Rule<? super M> rule : rules) {
            if (policy.ignores(rule.info())) {
                continue;
            }
            checked.add(rule.info());
            try {
                rule.check(model, sink);
            } catch (RuntimeException e) {
                if (e instanceof InputException) {
                    throw e;
                }
                throw new IllegalStateException("rule " + rule.info().id() + " failed on " + target.name(), e);
            }
        }
        return new TargetReport(target, checked, kept, suppressed[0], Duration.ofNanos(System.nanoTime() - start));
    }
}
