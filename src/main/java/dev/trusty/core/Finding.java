package dev.trusty.core;

import java.util.Objects;

/**
 * One problem found: which rule, how severe (after config overrides), what exactly is wrong in
 * this case, where, and optionally how to fix it mechanically.
 */
public record Finding(RuleInfo rule, Severity severity, String message, Location location, Fix fix) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    public static Finding of(RuleInfo rule, Location location, String message) {
        return new Finding(rule, rule.severity(), message, location, null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, location, fix);
    }

    public Finding withFix(Fix newFix) {
        return new Finding(rule, severity, message, location, newFix);
    }

    public String ruleId() {
        return rule.id();
    }
}
