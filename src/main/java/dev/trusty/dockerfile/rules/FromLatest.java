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

/** DL3007: the "latest" tag moves. */
public final class FromLatest extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD007", "Base image uses the 'latest' tag", Severity.MEDIUM)
            .hadolint("DL3007").trivy("DS001").cis("4.2")
            .why("'latest' points at a different image over time: builds are not reproducible and may break. "
                    + "Reads FROM as written, like hadolint; Trivy's DS001 (which substitutes ARG defaults first) is read beside it (below).")
            .fix("Pin a version tag, and a digest for production images.");

    public FromLatest() {
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
            if ("latest".equals(ref.tag()) && ref.digest() == null) {
                out.report(INFO, ctx.at(s.from(), image), "base image '" + image.value()
                        + "' uses the 'latest' tag: pin a version");
            }
        }
    }
}
