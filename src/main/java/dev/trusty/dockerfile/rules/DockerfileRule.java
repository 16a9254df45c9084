package dev.trusty.dockerfile.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Base of every Dockerfile rule: holds the metadata so each rule class is only its logic. */
public abstract class DockerfileRule implements Rule<LintContext> {
    /** Tag of rules that run only when the configuration gives them a severity (hadolint's "ignore" level). */
    public static final String OPT_IN = "opt-in";
    /**
     * Tag of BuildKit's experimental checks: BuildKit runs them only when {@code # check=experimental=} names
     * them, and that directive runs them in Trusty too, whatever their default.
     */
    public static final String BUILDKIT_EXPERIMENTAL = "buildkit-experimental";

    private final RuleInfo info;
    /** The {@link Vocabulary#keywordBits} of the instructions the rule looks at; 0: it looks at every file. */
    private final long instructions;

    protected DockerfileRule(RuleInfo info) {
        this.info = info;
        this.instructions = 0;
    }

    /**
     * @param instructions the instruction keywords (lower case, ONBUILD triggers count) the rule reads: a file
     *                     with none of them is not handed to the rule at all
     */
    protected DockerfileRule(RuleInfo info, String... instructions) {
        this.info = info;
        this.instructions = Vocabulary.keywordBits(instructions);
        if (Long.bitCount(this.instructions) != instructions.length) {
            throw new IllegalArgumentException(info.id() + ": not instruction keywords: " + String.join(",", instructions));
        }
    }

    /**
     * Whether the file has anything this rule looks at. The linter asks before {@link #check}, so a rule
     * whose instructions (or, for a {@link RunRule}, commands) are absent costs one lookup, not a call.
     */
    public boolean appliesTo(LintContext ctx) {
        return instructions == 0 || ctx.hasAny(instructions);
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
