package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.model.ImageRef;
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

/** BuildKit InvalidDefaultArgInFrom: with the global ARG defaults, the FROM image name must be valid. */
public final class InvalidDefaultArgInFrom extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD109", "FROM is invalid with the default ARG values", Severity.MEDIUM)
            .buildkit("InvalidDefaultArgInFrom")
            .why("A build without --build-arg then fails (or pulls an unexpected image).")
            .fix("Give the ARG a default that makes a valid image reference.");

    public InvalidDefaultArgInFrom() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Map<String, String> defaults = null; // looked up for the first image with a variable: most have none
        for (Stage s : ctx.stages()) {
            Arg image = s.imageArg();
            if (image == null || !image.value().contains("$")) {
                continue;
            }
            if (defaults == null) {
                defaults = BuildVariables.globalDefaults(ctx);
            }
            boolean known = true;
            for (String ref : Variables.references(image.value())) {
                known &= defaults.containsKey(ref);
            }
            if (!known) {
                continue;
            }
            String expanded = Expand.expand(image.value(), defaults::get);
            if (!ImageRef.isWellFormed(expanded)) {
                out.report(INFO, ctx.at(s.from(), image), "Default value for ARG " + image.value()
                        + " results in empty or invalid base image name '" + expanded + "'");
            }
        }
    }
}
