package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.regex.Pattern;

/**
 * Trivy DS014: in one stage, RUN '&&' pieces start with both wget and curl (pieces holding 'install '
 * do not count), reported once per stage at the RUN that brings in the second tool. Our TD071 follows
 * hadolint's DL4001, which sees the commands after ';' too, as in {@code set -eux; wget ...}.
 * A reading of ToolReadings: it narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS014}.
 */
public final class TrivyWgetAndCurl extends DockerfileRule {
    private static final Pattern AND = Pattern.compile("\\s*&&\\s*");
    /** Trivy's {@code ^( )*wget}: the tool as a prefix of the piece, after spaces only. */
    private static final Pattern WGET = Pattern.compile("^ *wget");
    private static final Pattern CURL = Pattern.compile("^ *curl");
    public static final RuleInfo INFO = rule("TD144", "RUN '&&' pieces start with both wget and curl", Severity.MEDIUM)
            .trivy("DS014")
            .why("Trivy's DS014 check, as trivy-checks writes it: one stage's RUN '&&' pieces start with both wget and curl. "
                    + "Two download tools make the image bigger for nothing. TD071 (hadolint's DL4001) sees every command.")
            .fix("Use one of them throughout.");

    public TrivyWgetAndCurl() {
        super(INFO, "run");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage stage : ctx.stages()) {
            boolean wget = false;
            boolean curl = false;
            for (Instruction run : stage.instructions()) {
                if (!run.is("run") || run.json() || !run.rest().contains("wget") && !run.rest().contains("curl")) {
                    continue;
                }
                boolean had = wget && curl;
                for (String piece : AND.split(run.rest())) {
                    if (!piece.contains("install ")) {
                        wget |= WGET.matcher(piece).find();
                        curl |= CURL.matcher(piece).find();
                    }
                }
                if (!had && wget && curl) {
                    out.report(INFO, ctx.at(run, run.keywordSpan()), "this stage's RUNs use both wget and curl: pick one");
                }
            }
        }
    }
}
