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

/** Credential files copied into the image (keys, registry and package-manager credentials, .env files). */
public final class SecretFileCopied extends DockerfileRule {
    private static final Set<String> NAMES = Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc", ".pypirc",
            ".env", ".git-credentials", ".netrc", ".htpasswd", "credentials", ".dockercfg", "secrets.yml", "secrets.yaml",
            "credentials.json", "service-account.json", ".vault-token", ".pgpass", "master.key");
    /** The first letters of every name and credential path {@link #hasSecretName} knows: most files skip it. */
    private static final String NAME_STARTS = ".cims";

    private static final List<String> EXTENSIONS = List.of(".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk");
    private static final String EXTENSION_LAST_LETTERS = "my2xsek";
    public static final RuleInfo INFO = rule("TD209", "Secret file copied into the image", Severity.HIGH)
            .cis("4.10").cwe(538)
            .why("Files copied in stay in a layer even if deleted later: anyone who can pull the image can extract them.")
            .fix("Mount it only for the step that needs it: RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci.");

    public SecretFileCopied() {
        super(INFO);
    }

    static boolean isSecretFile(String path) {
        String p = Paths.unquote(path);
        return mayBeSecretFile(p) && isSecretFile(p, Paths.baseName(p).toLowerCase(Locale.ROOT));
    }

    /**
     * False for most sources ('go.mod', '.', '/out/app') without cutting their base name: an ASCII base name
     * shorter than four characters, or whose first letter starts no name and whose last ends no extension, is
     * no secret. Anything else (quotes left, other characters) goes on to {@link #isSecretFile(String, String)}.
     */
    private static boolean mayBeSecretFile(String p) {
        if (p.isEmpty() || p.charAt(0) == '"' || p.charAt(0) == '\'') {
            return true; // Paths.baseName unquotes once more
        }
        int end = p.length();
        while (end > 1 && p.charAt(end - 1) == '/') {
            end--;
        }
        int start = p.lastIndexOf('/', end - 1) + 1;
        for (int k = start; k < end; k++) {
            if (p.charAt(k) >= 0x80) {
                return true; // lower-casing may change its length or letters
            }
        }
        if (end - start < 4) {
            return false;
        }
        char first = p.charAt(start);
        char last = p.charAt(end - 1);
        return NAME_STARTS.indexOf(first >= 'A' && first <= 'Z' ? first + 32 : first) >= 0
                || EXTENSION_LAST_LETTERS.indexOf(last >= 'A' && last <= 'Z' ? last + 32 : last) >= 0;
    }

    /** The rule's judgement of the unquoted path {@code p} by its lower-case base name. */
    static boolean isSecretFile(String p, String base) {
        if (base.length() < 4) {
            return false; // every name and extension below is at least four characters long ('.env', '.pem')
        }
        return NAME_STARTS.indexOf(base.charAt(0)) >= 0 && hasSecretName(p, base) || hasKeyExtension(base);
    }

    private static boolean hasSecretName(String p, String base) {
        if (p.endsWith(".docker/config.json") || p.endsWith(".aws/credentials") || p.endsWith(".kube/config")) {
            return true;
        }
        if (base.startsWith(".env.") && !base.endsWith(".example") && !base.endsWith(".sample")
                && !base.endsWith(".template") && !base.endsWith(".dist")) {
            return true;
        }
        return NAMES.contains(base) || base.startsWith("id_rsa") && !base.endsWith(".pub")
                || base.startsWith("id_ed25519") && !base.endsWith(".pub");
    }

    private static boolean hasKeyExtension(String base) {
        if (EXTENSION_LAST_LETTERS.indexOf(base.charAt(base.length() - 1)) < 0) {
            return false; // most names end in another letter than every extension
        }
        for (String ext : EXTENSIONS) {
            if (base.endsWith(ext) && !base.endsWith(".pub.pem") && !base.contains("cert") && !base.contains("chain")
                    && !base.contains("ca-bundle")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        check(ctx, ctx.effective("copy"), out);
        check(ctx, ctx.effective("add"), out);
    }

    private void check(LintContext ctx, List<Instruction> copies, FindingSink out) {
        for (int n = 0; n < copies.size(); n++) {
            Instruction i = copies.get(n);
            List<Arg> args = i.args();
            if (args.size() < 2 || !i.heredocs().isEmpty()) {
                continue;
            }
            for (int at = 0, last = args.size() - 1; at < last; at++) {
                Arg src = args.get(at);
                if (isSecretFile(src.value())) {
                    out.report(INFO, ctx.at(i, src), i.keyword().toUpperCase(Locale.ROOT) + " of '" + src.value()
                            + "' puts a credential file in a layer: use RUN --mount=type=secret instead");
                }
            }
        }
    }
}
