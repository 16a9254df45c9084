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

/** ADD of a remote URL without --checksum: the download is trusted blindly. */
public final class AddUrlWithoutChecksum extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD204", "ADD of a URL without --checksum", Severity.MEDIUM)
            .cis("4.9").cwe(494)
            .why("Whatever the server returns goes into the image: a compromised or changed download is not detected.")
            .fix("Add --checksum=sha256:<hash> (Dockerfile syntax 1.6+), or download in RUN and verify with sha256sum.");

    public AddUrlWithoutChecksum() {
        super(INFO, "add");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction add : ctx.effective("add")) {
            if (add.flag("checksum").isPresent() || add.args().size() < 2) {
                continue;
            }
            for (int at = 0, last = add.args().size() - 1; at < last; at++) {
                Arg src = add.args().get(at);
                String s = Paths.unquote(src.value());
                boolean git = s.endsWith(".git") || s.startsWith("git@") || s.contains(".git#");
                if ((s.startsWith("http://") || s.startsWith("https://")) && !git) {
                    out.report(INFO, ctx.at(add, src), "ADD " + s + " without --checksum: the download is not verified");
                }
            }
        }
    }
}
