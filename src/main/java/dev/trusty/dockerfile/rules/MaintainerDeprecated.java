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

/** DL4000: MAINTAINER is deprecated. */
public final class MaintainerDeprecated extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD070", "MAINTAINER is deprecated", Severity.HIGH)
            .hadolint("DL4000").trivy("DS022").buildkit("MaintainerDeprecated")
            .why("MAINTAINER is deprecated; the OCI label carries the same information where tools look for it.")
            .fix("Use LABEL org.opencontainers.image.authors=\"name <email>\".");

    public MaintainerDeprecated() {
        super(INFO, "maintainer");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction m : ctx.effective("maintainer")) {
            if (ctx.topLevel(m) != m) {
                continue;
            }
            String who = m.rest();
            Span s = m.span();
            String value = who.contains(" ") || who.contains("\"") ? "\"" + who.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : who;
            Fix fix = Fix.edits("replace MAINTAINER with an OCI label", new Fix.Edit(s.line(), s.column(),
                    s.endLine(), s.endColumn(), "LABEL org.opencontainers.image.authors=" + value));
            out.report(INFO, ctx.at(m, m.keywordSpan()), "Maintainer instruction is deprecated in favor of using label: use LABEL org.opencontainers.image.authors", fix);
        }
    }
}
