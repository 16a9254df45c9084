package dev.trusty.image;

import dev.trusty.image.layers.FileAnalyzer;
import dev.trusty.image.layers.FileEntry;
import dev.trusty.image.layers.FileSelector;
import dev.trusty.image.layers.Warnings;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Keeps the content of the few small files checks read whole: the account databases and the
 * well-known credential files. Content past {@link #LIMIT} is dropped (those files are small).
 */
public final class CapturedFiles implements FileAnalyzer<byte[]> {
    static final int LIMIT = 256 << 10;

    /** Files that by their path hold credentials (private keys, cloud and registry logins). */
    static final Pattern CREDENTIAL_PATHS = Pattern.compile(
            "(?:.*/)?(?:\\.ssh/id_(?!.*\\.pub$)[^/]+|\\.aws/credentials|\\.docker/config\\.json|\\.dockercfg|\\.npmrc"
                    + "|\\.pypirc|\\.git-credentials|\\.netrc|\\.env|[^/]+\\.pem|[^/]+\\.key|\\.kube/config)");

    private static final FileSelector SELECTOR = FileSelector
            .paths("/etc/passwd", "/etc/group", "/etc/shadow", "/etc/master.passwd")
            .or(FileSelector.matching(e -> e.isRegularFile() && isCredentialPath(e.path())));

    @Override
    public FileSelector selector() {
        return SELECTOR;
    }

    @Override
    public byte[] analyze(FileEntry entry, InputStream content, Warnings warnings) throws IOException {
        return content.readNBytes(LIMIT);
    }

    /**
     * True for the credential files this analyzer keeps (and the credential-file rule judges):
     * by name, outside package trees whose example keys are not the image owner's.
     */
    public static boolean isCredentialPath(String path) {
        return CREDENTIAL_PATHS.matcher(path).matches() && !path.startsWith("usr/share/")
                && !path.contains("/site-packages/") && !path.contains("/dist-packages/") && !path.contains("/node_modules/");
    }
}
