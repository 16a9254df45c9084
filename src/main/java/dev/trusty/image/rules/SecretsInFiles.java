package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Location;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.CapturedFiles;
import dev.trusty.image.ImageModel;
import dev.trusty.image.layers.LayeredFileSystem;
import dev.trusty.image.secrets.SecretHit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Secrets in file contents of any layer, each with its file, layer, line and a masked excerpt.
 * A file deleted in a later layer is still reported: the secret can be pulled from the layer
 * that added it. Credential files are left to {@link CredentialFiles}, which reports them whole.
 */
public final class SecretsInFiles implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI013", Domain.IMAGE, "Secret in a file of the image", Severity.HIGH)
            .dockle("CIS-DI-0010").cis("4.10").cwe(798)
            .why("Every layer of an image can be read by whoever pulls it; a secret in any file, even one deleted later, is leaked.")
            .fix("Remove the secret from the build context and from every layer (rebuild), pass it at run time or with build secrets, and rotate it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        Set<String> seen = new HashSet<>();
        for (LayeredFileSystem.Located<List<SecretHit>> file : image.secretFiles()) {
            if (CapturedFiles.isCredentialPath(file.entry().path())) {
                continue;
            }
            for (SecretHit hit : file.value()) {
                if (!seen.add(file.entry().path() + "\0" + hit.fingerprint())) {
                    continue; // the same secret in the same file of a later layer (a chmod, a re-copy)
                }
                Location where = new Location.ImagePath(image.name(), file.entry().absolutePath() + ":" + hit.line(),
                        file.entry().layer(), image.layerDigest(file.entry().layer()));
                Severity severity = hit.severity();
                out.accept(new Finding(INFO, severity, hit.describe() + ": " + hit.excerpt()
                        + ImageModel.fate(file.removedInLayer()), where, null));
            }
        }
    }
}
