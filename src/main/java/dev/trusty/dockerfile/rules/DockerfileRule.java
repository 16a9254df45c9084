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

    private static final int[] NO_COMMANDS = {};

    private final RuleInfo info;
    /**
     * What a file must have for the rule to look at it: one of these instruction keywords
     * ({@link Vocabulary#keywordBits}; -1: any file), or a RUN running one of these command names
     * ({@link Vocabulary#watch} ids). The linter asks every rule for every file, so this is a few fields read
     * by one final method, not a virtual call per rule (nor an array per rule: they cost a cache miss each).
     */
    private final long gateKeywords;
    private final int[] gateCommands;
    /** {@link #gateCommands} as bits, and whether some id is past 63 (then the file's per-command index is read). */
    private final long gateCommandBits;
    private final boolean gateCommandsPastBits;

    protected DockerfileRule(RuleInfo info) {
        this(info, -1L, NO_COMMANDS);
    }

    /** A rule that looks at files with one of {@code keywords} or a RUN running one of {@code commands}. */
    DockerfileRule(RuleInfo info, long keywords, int[] commands) {
        this.info = info;
        this.gateKeywords = keywords;
        this.gateCommands = commands;
        long bits = 0;
        boolean past = false;
        for (int id : commands) {
            if (id < Long.SIZE) {
                bits |= 1L << id;
            } else {
                past = true;
            }
        }
        this.gateCommandBits = bits;
        this.gateCommandsPastBits = past;
    }

    /**
     * @param instructions the instruction keywords (lower case, ONBUILD triggers count) the rule reads: a file
     *                     with none of them is not handed to the rule at all
     */
    protected DockerfileRule(RuleInfo info, String... instructions) {
        this(info, Vocabulary.keywordBits(instructions), NO_COMMANDS);
        if (Long.bitCount(gateKeywords) != instructions.length) {
            throw new IllegalArgumentException(info.id() + ": not instruction keywords: " + String.join(",", instructions));
        }
    }

    /**
     * Whether the file has anything this rule looks at. The linter asks before {@link #check}, so a rule
     * whose instructions (or, for a {@link RunRule}, commands) are absent costs one lookup, not a call.
     */
    public final boolean appliesTo(LintContext ctx) {
        return gateKeywords == -1L || ctx.hasAny(gateKeywords) || gateCommandBits != 0 && ctx.runsAnyOf(gateCommandBits)
                || gateCommandsPastBits && ctx.runMask(gateCommands) != 0;
    }

    /** The keyword bits of this rule's gate (see {@link #appliesTo}), for composites that gate on their parts. */
    final long gateKeywords() {
        return gateKeywords;
    }

    final int[] gateCommands() {
        return gateCommands;
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
