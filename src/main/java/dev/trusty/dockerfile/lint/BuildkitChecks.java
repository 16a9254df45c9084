package dev.trusty.dockerfile.lint;

import dev.trusty.core.Reference;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.rules.DockerfileRule;
import dev.trusty.dockerfile.syntax.CheckDirective;
import dev.trusty.dockerfile.syntax.Dockerfile;

/**
 * BuildKit's {@code # check=} directive applied to Trusty's rules, as BuildKit's linter applies it: a rule
 * takes part through its BuildKit check names (the {@code buildkit(...)} references), matched
 * case-sensitively. An experimental check runs only when {@code experimental=} names it (or says all), and
 * then {@code skip=} does not silence it; any other check is silenced by {@code skip=all} or by its name.
 */
final class BuildkitChecks {
    private BuildkitChecks() {
    }

    /** The file's check directive, or null when it has none or an invalid one (reported as a build error). */
    static CheckDirective directive(Dockerfile df) {
        try {
            return df.checkDirective().orElse(null);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    /** True for a rule that stands for a BuildKit check. */
    static boolean isCheck(RuleInfo rule) {
        for (Reference r : rule.references()) {
            if (r.kind() == Reference.Kind.BUILDKIT) {
                return true;
            }
        }
        return false;
    }

    static boolean isExperimental(RuleInfo rule) {
        return rule.tags().contains(DockerfileRule.BUILDKIT_EXPERIMENTAL);
    }

    /** True when the directive turns this experimental check on. */
    static boolean enables(CheckDirective directive, RuleInfo rule) {
        if (directive == null || !isExperimental(rule)) {
            return false;
        }
        return directive.experimentalAll() || named(directive.experimental(), rule);
    }

    /** True when {@code name} (as written after skip=) is one of the rule's BuildKit check names, case-sensitively. */
    static boolean isNamed(RuleInfo rule, String name) {
        for (Reference r : rule.references()) {
            if (r.kind() == Reference.Kind.BUILDKIT && r.id().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(java.util.Set<String> names, RuleInfo rule) {
        for (String name : names) {
            if (isNamed(rule, name)) {
                return true;
            }
        }
        return false;
    }
}
