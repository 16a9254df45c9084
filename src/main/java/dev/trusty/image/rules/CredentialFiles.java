package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.CapturedFiles;
import dev.trusty.image.ImageModel;
import dev.trusty.image.layers.LayeredFileSystem;
import dev.trusty.image.secrets.Checks;
import dev.trusty.image.secrets.SecretHit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Well-known credential files (SSH and TLS private keys, cloud, registry and package-index
 * logins, .env files) in any layer. Unlike Dockle, a file is reported only when its content holds
 * a credential, not for its name alone, and also when a later layer deleted it: the layer that
 * added it still carries it.
 */
public final class CredentialFiles implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI012", Domain.IMAGE, "Credential file in the image", Severity.HIGH)
            .dockle("CIS-DI-0010").cis("4.10").cwe(522)
            .why("Anyone who can pull the image can read every layer, including files deleted by later layers.")
            .fix("Never COPY credentials into an image: use build secrets (RUN --mount=type=secret) and multi-stage builds, then rotate the leaked credential.");

    private static final Pattern NETRC_PASSWORD = Pattern.compile("(?m)\\bpassword\\s+(\\S+)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (LayeredFileSystem.Located<byte[]> file : image.capturedFiles()) {
            String path = file.entry().path();
            if (!CapturedFiles.isCredentialPath(path)) {
                continue;
            }
            String text = new String(file.value(), StandardCharsets.ISO_8859_1);
            List<String> evidence = evidence(image, path, text);
            if (!evidence.isEmpty()) {
                out.report(INFO, image.at(file.entry()), file.entry().absolutePath() + " holds "
                        + String.join(", ", evidence) + ImageModel.fate(file.removedInLayer()));
            }
        }
    }

    private static List<String> evidence(ImageModel image, String path, String text) {
        List<String> found = new ArrayList<>();
        for (SecretHit hit : image.secretScanner().scan(text, true)) {
            String what = hit.title() + " (line " + hit.line() + ", fingerprint " + hit.fingerprint() + ")";
            if (!found.contains(what)) {
                found.add(what);
            }
        }
        if (found.isEmpty() && text.contains("PRIVATE KEY-----") && text.contains("-----BEGIN")) {
            found.add("a private key");
        }
        if (path.endsWith(".netrc")) {
            Matcher m = NETRC_PASSWORD.matcher(text);
            while (m.find()) {
                if (!Checks.placeholder(m.group(1))) {
                    found.add("a password for a .netrc machine entry");
                    break;
                }
            }
        }
        return found;
    }
}
