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

/** A file downloaded in RUN and used without a checksum or signature check in the same RUN. */
public final class DownloadWithoutVerification extends RunRule {
    private static final Set<String> VERIFIERS = Set.of("sha256sum", "sha512sum", "sha1sum", "md5sum", "shasum", "gpg",
            "gpgv", "cosign", "minisign", "openssl", "sha384sum", "b2sum", "rpm", "signify", "slsa-verifier");
    public static final RuleInfo INFO = rule("TD206", "Download without verification", Severity.LOW)
            .cwe(494)
            .why("A downloaded file that is not checked against a known checksum or signature can be swapped by whoever controls the server or the network path.")
            .fix("Verify it: echo \"<sha256>  file\" | sha256sum -c -, or check a GPG signature.");

    public DownloadWithoutVerification() {
        super(INFO, "curl", "wget");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        ShellCommand download = null;
        for (ShellCommand c : commands) {
            if (VERIFIERS.contains(c.baseName()) || c.is("curl") && c.pipesOut() || c.is("wget") && c.pipesOut()) {
                return;
            }
            if ((c.is("curl") || c.is("wget")) && download == null
                    && c.args().stream().anyMatch(w -> w.text().startsWith("http://") || w.text().startsWith("https://")
                    || w.text().startsWith("ftp://"))
                    && (c.is("wget") || c.hasAnyFlag("o", "O", "output", "remote-name"))) {
                download = c;
            }
        }
        if (download != null) {
            out.report(INFO, ctx.at(run, download), download.name()
                    + " downloads a file that is not verified with a checksum or signature in the same RUN");
        }
    }
}
