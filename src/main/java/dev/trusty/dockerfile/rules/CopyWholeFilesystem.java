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

/** DL3067: COPY --from=stage / copies a whole root filesystem. */
public final class CopyWholeFilesystem extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD067", "COPY --from copies a whole filesystem", Severity.MEDIUM)
            .hadolint("DL3067")
            .why("Copying '/' of another stage drags its shell, package manager and caches into the image.")
            .fix("Copy only the files the image needs.");

    public CopyWholeFilesystem() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction copy : ctx.effective("copy")) {
            Flag from = copy.flag("from").orElse(null);
            if (from == null || copy.args().size() < 2) {
                continue;
            }
            for (int at = 0, last = copy.args().size() - 1; at < last; at++) {
                Arg src = copy.args().get(at);
                String s = Paths.unquote(src.value());
                if (s.equals("/") || s.equals("/.") || s.equals("/*")) {
                    out.report(INFO, ctx.at(copy, src), "COPY --from=" + from.value()
                            + " " + src.value() + " copies the whole filesystem of '" + from.value() + "'");
                }
            }
        }
    }
}
