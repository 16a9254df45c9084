package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.model.ImageRef;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** With dockerfile.require-digest, base images must be pinned by digest. */
public final class BaseImageDigest extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD202", "Base image not pinned by digest", Severity.MEDIUM)
            .cis("4.2")
            .why("Tags are mutable: the same tag can point at a different (or tampered) image tomorrow. A digest cannot.")
            .fix("Pin the digest: FROM debian:12.5-slim@sha256:<digest>.");

    public BaseImageDigest() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (!ctx.settings().requireDigest()) {
            return;
        }
        for (Stage s : ctx.stages()) {
            Arg image = s.imageArg();
            ImageRef ref = s.imageRef();
            if (image == null || ref.digest() != null || ref.isScratch() || ref.hasVariable()
                    || ctx.stageNamed(image.value(), s) != null) {
                continue;
            }
            out.report(INFO, ctx.at(s.from(), image), "base image '" + image.value() + "' is not pinned by digest");
        }
    }
}
