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

/** DL3026: images only from the registries the configuration trusts. */
public final class TrustedRegistry extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD026", "Image from an untrusted registry", Severity.HIGH)
            .hadolint("DL3026").cis("4.2")
            .why("Images from unvetted registries bypass the organisation's supply-chain controls.")
            .fix("Use an image from a trusted registry, or add the registry to trusted-registries.");

    public TrustedRegistry() {
        super(INFO);
    }

    static boolean trusted(String registry, List<String> patterns) {
        for (String p : patterns) {
            String pat = p.trim().toLowerCase(Locale.ROOT);
            if (pat.equals("*") || pat.equals(registry)) {
                return true;
            }
            if (pat.startsWith("*.") && registry.endsWith(pat.substring(1))) {
                return true;
            }
            if ((pat.equals("docker.io") || pat.equals("hub.docker.com")) && registry.equals(ImageRef.DOCKER_HUB)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        List<String> trusted = ctx.settings().trustedRegistries();
        if (trusted.isEmpty()) {
            return;
        }
        for (Stage s : ctx.stages()) {
            Arg image = s.imageArg();
            if (image != null) {
                checkRef(ctx, s.from(), image.value(), image.span(), s, trusted, out);
            }
        }
        for (Instruction i : ctx.effectiveInstructions()) {
            if (i.is("copy")) {
                i.flag("from").ifPresent(f -> {
                    if (f.value() != null && !Chars.digits(f.value())) {
                        checkRef(ctx, i, f.value(), f.span(), ctx.stageOf(i), trusted, out);
                    }
                });
            } else if (i.is("run")) {
                for (Flag f : i.flags("mount")) {
                    String from = Mounts.option(f.value(), "from");
                    if (from != null) {
                        checkRef(ctx, i, from, f.span(), ctx.stageOf(i), trusted, out);
                    }
                }
            }
        }
    }

    private void checkRef(LintContext ctx, Instruction i, String ref, Span span, Stage stage, List<String> trusted,
                          FindingSink out) {
        ImageRef r = ImageRef.parse(ref);
        if (r.isScratch() || r.hasVariable() || ctx.stageNamed(ref, i.is("from") ? stage : null) != null) {
            return;
        }
        if (!trusted(r.registry(), trusted)) {
            out.report(INFO, ctx.at(i, span), "image '" + ref + "' comes from registry '" + r.registry()
                    + "', which is not in trusted-registries");
        }
    }
}
