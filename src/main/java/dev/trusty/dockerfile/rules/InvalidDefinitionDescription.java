package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Comment;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;

/**
 * BuildKit InvalidDefinitionDescription (experimental there, opt-in here): a comment right above an
 * ARG or a named stage should read "# NAME description", which tools show as documentation.
 */
public final class InvalidDefinitionDescription extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD114", "Comment above ARG or stage is not '# <name> <description>'",
            Severity.INFO)
            .buildkit("InvalidDefinitionDescription").tags(OPT_IN, BUILDKIT_EXPERIMENTAL)
            .why("Build tools read the comment directly above an ARG or a named stage as its description.")
            .fix("Start the comment with the ARG or stage name, or leave an empty line between them.");

    public InvalidDefinitionDescription() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction i : ctx.instructions()) {
            List<String> names = new java.util.ArrayList<>();
            if (i.is("arg")) {
                i.args().forEach(a -> names.add(Variables.argName(a.value())));
            } else if (i.is("from") && ctx.stageOf(i) != null && ctx.stageOf(i).name() != null) {
                names.add(ctx.stageOf(i).name()); // BuildKit compares with the lower-cased name
            }
            if (names.isEmpty()) {
                continue;
            }
            List<Comment> above = i.comments();
            if (above.isEmpty()) {
                continue;
            }
            Comment last = above.getLast();
            if (last.line() != i.line() - 1 || last.text().startsWith("syntax=") || last.text().startsWith("check=")
                    || last.text().startsWith("escape=")) {
                continue;
            }
            String firstWord = last.text().split(" ", 2)[0];
            // a multi-name ARG is described by any of its names; the message then names none
            String name = names.size() == 1 ? names.getFirst() : "<arg_key>";
            if (!names.contains(firstWord)) {
                out.report(INFO, ctx.at(i, i.keywordSpan()), "Comment for " + i.keyword().toUpperCase(java.util.Locale.ROOT)
                        + " should follow the format: `# " + name + " <description>`");
            }
        }
    }
}
