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

/** DL3020: ADD of plain local files: COPY says what it does and does nothing more. */
public final class AddInsteadOfCopy extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD020", "ADD used where COPY would do", Severity.HIGH)
            .hadolint("DL3020").trivy("DS005").cis("4.9")
            .why("ADD also fetches URLs and unpacks archives; for plain files that magic is a surprise waiting to happen. "
                    + "Every archive type is excused, as in hadolint; Trivy's DS005, which only excuses '.tar', URLs and git@, is read beside it (below).")
            .fix("Use COPY for local files and folders; keep ADD for archives to unpack and checked remote files.");

    public AddInsteadOfCopy() {
        super(INFO, "add");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction add : ctx.effective("add")) {
            if (add.args().size() < 2 || !add.heredocs().isEmpty()) {
                continue;
            }
            Arg plain = null;
            for (int at = 0, last = add.args().size() - 1; at < last; at++) {
                Arg src = add.args().get(at);
                if (!Paths.isArchive(src.value()) && !Paths.isUrl(src.value())) {
                    plain = src;
                    break;
                }
            }
            if (plain == null) {
                continue;
            }
            Span kw = add.keywordSpan();
            Fix fix = Fix.edits("replace ADD with COPY",
                    new Fix.Edit(kw.line(), kw.column(), kw.endLine(), kw.endColumn(),
                            add.keyword().equals("add") ? "copy" : "COPY"));
            out.report(INFO, ctx.at(add, kw), "ADD of local '" + plain.value() + "': use COPY", fix);
        }
    }
}
