package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Which copied paths TD209 takes for credential files, the names its first-letter filter must let through included. */
class SecretFileTest {

    @Test
    void everyKnownCredentialNameAndPathIsASecretFile() {
        List<String> secrets = List.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc", ".pypirc", ".env",
                ".git-credentials", ".netrc", ".htpasswd", "credentials", ".dockercfg", "secrets.yml", "secrets.yaml",
                "credentials.json", "service-account.json", ".vault-token", ".pgpass", "master.key",
                "home/.docker/config.json", "/root/.aws/credentials", ".kube/config", "conf/.env.production",
                "keys/id_rsa_deploy", "\"Credentials\"", "server.KEY", "tls/site.pem", "store.p12", "app.jks");
        for (String path : secrets) {
            assertThat(SecretFileCopied.isSecretFile(path)).as(path).isTrue();
        }
    }

    @Test
    void ordinaryFilesPublicKeysAndCertificatesAreNot() {
        List<String> others = List.of(".", "go.mod", "/out/app", "requirements.txt", "package*.json", "id_rsa.pub",
                ".env.example", "ca-bundle.pem", "cert.pem", "fullchain.pem", "key.pub.pem", "config.json", "/", "");
        for (String path : others) {
            assertThat(SecretFileCopied.isSecretFile(path)).as(path).isFalse();
        }
    }

    /** The filter that passes most sources without cutting their base name, against the judgement by base name. */
    @Test
    void theInPlaceFilterAgreesWithTheBaseNameOnRandomPaths() {
        String[] pieces = {"/", "/", ".", "id_rsa", "ID_", ".env", ".ENV", "key", ".KEY", ".pem", "cred", "entials",
                "config.json", ".docker", "go", "app", "\"", "'", "m", "S", "x", "\u0130", "\u212A", "\u00E9", " ", "Y"};
        Random random = new Random(209);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String path = b.toString();
            String p = Paths.unquote(path);
            boolean byBaseName = SecretFileCopied.isSecretFile(p, Paths.baseName(p).toLowerCase(Locale.ROOT));
            assertThat(SecretFileCopied.isSecretFile(path)).as(path).isEqualTo(byBaseName);
        }
    }
}
