package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.model.ImageRef;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.HashMap;
import java.util.Map;

/**
 * Trivy DS001: a base image that is untagged or tagged 'latest' once the global ARG defaults are
 * substituted. hadolint (our TD006, TD007) reads FROM as written, so {@code ARG TAG=latest} then
 * {@code FROM alpine:$TAG} is only caught here.
 * A reading of ToolReadings: it narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS001}.
 */
public final class TrivyBaseTag extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD130", "Base image untagged or 'latest' after ARG substitution", Severity.MEDIUM)
            .trivy("DS001")
            .why("Trivy's DS001 check: 'latest', written or implied, points at a different image over time. "
                    + "Unlike TD006/TD007 (hadolint's DL3006/DL3007), ARG defaults are substituted first.")
            .fix("Pin a version tag (and a digest for production images), in the FROM or in the ARG default.");

    public TrivyBaseTag() {
        super(INFO, "from");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Map<String, String> defaults = BuildVariables.globalDefaults(ctx);
        for (Stage s : ctx.stages()) {
            Arg image = s.imageArg();
            if (image == null || Variables.references(image.value()).stream().anyMatch(v -> defaults.get(v) == null)) {
                continue; // unresolved variables: Trivy cannot tell the tag either
            }
            String name = Expand.expand(image.value(), defaults::get);
            ImageRef ref = ImageRef.parse(name);
            if (ref.isScratch() || ref.digest() != null || ctx.stageNamed(name, s) != null
                    || ref.tag() != null && !ref.tag().equals("latest")) {
                continue;
            }
            out.report(INFO, ctx.at(s.from(), image), "base image '" + name + "'"
                    + (ref.tag() == null ? " has no tag" : " uses the 'latest' tag") + ": pin a version");
        }
    }
}
