package dev.trusty.dockerfile.rules;

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

/** BuildKit InvalidDefaultArgInFrom: with the global ARG defaults, the FROM image name must be valid. */
public final class InvalidDefaultArgInFrom extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD109", "FROM is invalid with the default ARG values", Severity.MEDIUM)
            .buildkit("InvalidDefaultArgInFrom")
            .why("A build without --build-arg then fails (or pulls an unexpected image).")
            .fix("Give the ARG a default that makes a valid image reference.");

    public InvalidDefaultArgInFrom() {
        super(INFO);
    }

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final java.util.regex.Pattern DIGEST = java.util.regex.Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");

    /**
     * Whether {@code ref} parses as a Docker image reference (the distribution grammar BuildKit uses): an
     * optional registry host (it has a dot or a port, or is localhost), lower-case path components, then
     * an optional tag and digest.
     */
    static boolean isReference(String ref) {
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            if (!DIGEST.matcher(rest.substring(at + 1)).matches()) {
                return false;
            }
            rest = rest.substring(0, at);
        }
        int slash = rest.indexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            if (!TAG.matcher(rest.substring(colon + 1)).matches()) {
                return false;
            }
            rest = rest.substring(0, colon);
        }
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                if (!DOMAIN.matcher(first).matches()) {
                    return false;
                }
                rest = rest.substring(slash + 1);
            }
        }
        return rest.length() <= 255 && PATH.matcher(rest).matches();
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Map<String, String> defaults = BuildVariables.globalDefaults(ctx);
        for (Stage s : ctx.stages()) {
            Arg image = s.imageArg();
            if (image == null || !image.value().contains("$")) {
                continue;
            }
            boolean known = true;
            for (String ref : Variables.references(image.value())) {
                known &= defaults.containsKey(ref);
            }
            if (!known) {
                continue;
            }
            String expanded = Expand.expand(image.value(), defaults::get);
            if (!isReference(expanded)) {
                out.report(INFO, ctx.at(s.from(), image), "Default value for ARG " + image.value()
                        + " results in empty or invalid base image name '" + expanded + "'");
            }
        }
    }
}
