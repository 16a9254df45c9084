package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.model.ImageRef;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DL3006: a base image without a tag is whatever "latest" is on the day of the build. */
public final class FromUntagged extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD006", "Base image has no tag", Severity.MEDIUM)
            .hadolint("DL3006").trivy("DS001").cis("4.2")
            .why("An untagged base image means 'latest': builds change silently and are not reproducible. "
                    + "Reads FROM as written, like hadolint; Trivy's DS001 (which substitutes ARG defaults first) is read beside it (below).")
            .fix("Pin a version tag (and a digest for production images): FROM debian:12.5-slim.");

    public FromUntagged() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.stages()) {
            Arg image = s.imageArg();
            if (image == null) {
                continue;
            }
            ImageRef ref = s.imageRef();
            if (ref.tag() != null || ref.digest() != null || ref.isScratch() || ref.hasVariable()
                    || ctx.stageNamed(image.value(), s) != null) {
                continue;
            }
            out.report(INFO, ctx.at(s.from(), image), "base image '" + image.value()
                    + "' has no tag: pin a version, e.g. " + image.value() + ":<version>");
        }
    }
}
