package dev.trusty.core;

/** Where rules report. The default severity comes from the rule; filters apply later. */
public interface FindingSink {

    void accept(Finding finding);

    default void report(RuleInfo rule, Location location, String message) {
        accept(Finding.of(rule, location, message));
    }

    default void report(RuleInfo rule, Location location, String message, Fix fix) {
        accept(Finding.of(rule, location, message).withFix(fix));
    }
}
