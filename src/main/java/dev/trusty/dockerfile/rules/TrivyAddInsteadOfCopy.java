package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trivy DS005: an ADD whose arguments, destination included, mention no '.tar', http(s) URL or git@
 * remote. hadolint's DL3020 (our TD020) knows every archive type, so .tgz or .zip differ.
 * A reading of ToolReadings: it narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS005}.
 */
public final class TrivyAddInsteadOfCopy extends DockerfileRule {
    private static final List<String> ADD_ONLY = List.of(".tar", "http://", "https://", "git@");
    /** How image history writes a layer ADD: {@code file:<hash> in /dst}; Trivy leaves it alone. */
    private static final Pattern HISTORY_FORM = Pattern.compile("(file|multi|dir):[0-9a-f]+( in)? .*");
    public static final RuleInfo INFO = rule("TD133", "ADD used instead of COPY", Severity.LOW)
            .trivy("DS005")
            .why("Trivy's DS005 check: ADD also fetches URLs and unpacks archives, so COPY is the plain choice. "
                    + "It only excuses arguments naming '.tar', a URL or git@; TD020 (hadolint's DL3020) excuses every archive.")
            .fix("Use COPY for local files; keep ADD for tar archives to unpack and remote sources.");

    public TrivyAddInsteadOfCopy() {
        super(INFO, "add");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction add : ctx.instructions()) {
            if (!add.is("add") || add.args().isEmpty()) {
                continue;
            }
            String args = String.join(" ", add.argValues());
            if (ADD_ONLY.stream().noneMatch(args::contains) && !HISTORY_FORM.matcher(args).matches()) {
                Arg first = add.args().getFirst();
                out.report(INFO, ctx.at(add, add.keywordSpan()), "ADD of '" + first.value() + "': use COPY");
            }
        }
    }
}
