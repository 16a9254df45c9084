package dev.trusty.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Runs a list of rules over one model and applies the policy to what they report. */
public final class Checker {
    private Checker() {
    }

    public static <M> TargetReport run(Target target, List<? extends Rule<? super M>> rules, M model,
                                       Policy policy, Suppressor inline) {
        long start = System.nanoTime();
        List<Rule<? super M>> active = new ArrayList<>();
        List<RuleInfo> checked = new ArrayList<>();
        for (Rule<? super M> rule : rules) {
            if (!policy.ignores(rule.info())) {
                active.add(rule);
                checked.add(rule.info());
            }
        }
        List<Finding> kept = new ArrayList<>();
        int suppressed = check(target, active, model, policy, inline, kept);
        return new TargetReport(target, checked, kept, suppressed, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Runs rules the policy does not ignore (the caller filtered them once for many targets), adds the
     * findings the policy keeps to {@code kept}, and returns how many it suppressed.
     */
    public static <M> int check(Target target, List<? extends Rule<? super M>> activeRules, M model, Policy policy,
                                Suppressor inline, List<Finding> kept) {
        return check(target, activeRules, model, policy, inline, kept, rule -> true);
    }

    /**
     * Like {@link #check(Target, List, Object, Policy, Suppressor, List)}, calling only the rules
     * {@code applies} accepts for this model (the others have nothing to look at in it, and pass).
     */
    public static <M> int check(Target target, List<? extends Rule<? super M>> activeRules, M model, Policy policy,
                                Suppressor inline, List<Finding> kept, Predicate<Rule<? super M>> applies) {
        int[] suppressed = {0};
        FindingSink sink = policySink(policy, inline, kept, suppressed);
        for (Rule<? super M> rule : activeRules) {
            if (applies.test(rule)) {
                checkOne(target, rule, model, sink);
            }
        }
        return suppressed[0];
    }

    /** The sink that applies {@code policy}: kept findings go to {@code kept}, suppressed ones are counted in {@code suppressed[0]}. */
    public static FindingSink policySink(Policy policy, Suppressor inline, List<Finding> kept, int[] suppressed) {
        return finding -> {
            Finding effective = policy.apply(finding, inline);
            if (effective == null) {
                suppressed[0]++;
            } else {
                kept.add(effective);
            }
        };
    }

    /** Runs one rule on one model; a rule's failure (a bug, not bad input) names the rule and the target. */
    public static <M> void checkOne(Target target, Rule<? super M> rule, M model, FindingSink sink) {
        try {
            rule.check(model, sink);
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            throw new IllegalStateException("rule " + rule.info().id() + " failed on " + target.name(), e);
        }
    }
}
