package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.base.BaseImageSource;
import dev.trusty.dockerfile.base.Platform;
import dev.trusty.dockerfile.syntax.Flag;

import java.util.Map;
import java.util.Optional;

/**
 * BuildKit InvalidBaseImagePlatform: the base image's platform does not serve the stage's target, which
 * is FROM's {@code --platform} or else the builder's own. Needs the image, so it reports only with a
 * source that knows images ({@code --base-images=engine}); offline it stays silent.
 */
public final class InvalidBaseImagePlatform extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD116", "Base image platform differs from the build's", Severity.MEDIUM)
            .buildkit("InvalidBaseImagePlatform")
            .why("An image for another platform either fails at the first RUN (exec format error) or runs under "
                    + "emulation and ships binaries for the wrong machine. Checked only with --base-images=engine, "
                    + "against the image in the local engine's store.")
            .fix("Pull or build the base image for the target platform, or set FROM --platform to the platform wanted.");

    public InvalidBaseImagePlatform() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (ctx.settings().baseImages() == BaseImageSource.OFFLINE) {
            return; // knows no image: nothing to compare
        }
        Optional<Platform> build = ctx.settings().baseImages().buildPlatform();
        StageBases.Resolved resolved = StageBases.resolve(ctx);
        Map<String, String> meta = resolved.meta();
        for (Stage stage : ctx.stages()) {
            StageBases.Base base = resolved.base(stage);
            if (base.image() == null || base.image().platform().os().isEmpty()
                    || base.image().platform().architecture().isEmpty()) {
                continue;
            }
            Flag flag = stage.from().flag("platform").orElse(null);
            Platform wanted = flag == null ? build.orElse(null) : parse(ctx, flag, meta);
            Platform has = base.image().platform();
            if (wanted != null && !has.serves(wanted)) {
                out.report(INFO, ctx.at(stage.from(), stage.imageArg().span()), "Base image " + base.reference()
                        + " was pulled with platform \"" + has + "\", expected \"" + wanted + "\" for current build");
            }
        }
    }

    private static Platform parse(LintContext ctx, Flag flag, Map<String, String> meta) {
        String value = flag.value() == null ? null : StageBases.expand(ctx, flag.value(), meta);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Platform.parse(value);
        } catch (IllegalArgumentException notAPlatform) {
            return null; // BuildKit refuses the FROM itself
        }
    }
}
