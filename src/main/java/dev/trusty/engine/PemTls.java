package dev.trusty.engine;

import dev.trusty.core.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds a mutual-TLS socket factory from the docker CLI's PEM files: ca.pem (trusted CAs), cert.pem
 * (client chain) and key.pem. The JDK reads PEM certificates but not PEM keys, so keys are decoded
 * here: PKCS#8 ({@code BEGIN PRIVATE KEY}, RSA/EC/Ed25519) and PKCS#1 ({@code BEGIN RSA PRIVATE KEY}).
 * Encrypted keys and SEC1 EC keys ({@code BEGIN EC PRIVATE KEY}) are refused with a conversion hint.
 */
final class PemTls {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s:,-]*?)-----END \\1-----");
    private static final char[] NO_PASSWORD = new char[0];

    private PemTls() {
    }

    static SSLSocketFactory socketFactory(Path certDir) {
        Path ca = certDir.resolve("ca.pem");
        Path cert = certDir.resolve("cert.pem");
        Path key = certDir.resolve("key.pem");
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (Certificate c : certificates(ca)) {
                trust.setCertificateEntry("ca-" + i++, c);
            }
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("client", privateKey(key), NO_PASSWORD,
                    certificates(cert).toArray(Certificate[]::new));

            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(identity, NO_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new InputException("TLS files in " + certDir + " (DOCKER_CERT_PATH) are unusable: " + e.getMessage());
        }
    }

    static Collection<? extends Certificate> certificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new InputException(file + ": no certificate found (expected PEM 'BEGIN CERTIFICATE')");
            }
            return certs;
        } catch (NoSuchFileException e) {
            throw missing(file);
        } catch (IOException | GeneralSecurityException e) {
            throw new InputException(file + ": not a readable PEM certificate (" + e.getMessage() + ")");
        }
    }

    static PrivateKey privateKey(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw missing(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new InputException(file + ": bad base64 in the " + type + " block");
            }
            switch (type) {
                case "PRIVATE KEY":
                    return pkcs8(file, der);
                case "RSA PRIVATE KEY":
                    if (m.group(2).contains("Proc-Type")) {
                        throw encrypted(file);
                    }
                    return pkcs8(file, wrapPkcs1(der));
                case "ENCRYPTED PRIVATE KEY":
                    throw encrypted(file);
                case "EC PRIVATE KEY":
                    throw new InputException(file + ": SEC1 EC keys are not supported; convert with "
                            + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pem.new'");
                default:
                    // e.g. "EC PARAMETERS" before the key: keep looking
            }
        }
        throw new InputException(file + ": no private key found (expected PEM 'BEGIN PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY')");
    }

    private static PrivateKey pkcs8(Path file, byte[] der) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new InputException(file + ": private key is neither RSA, EC nor EdDSA, or is corrupt");
    }

    /** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo with the rsaEncryption algorithm identifier. */
    static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] rsaAlgorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
                0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
        byte[] octets = der(0x04, pkcs1);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(version);
        content.writeBytes(rsaAlgorithm);
        content.writeBytes(octets);
        return der(0x30, content.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(len) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static InputException missing(Path file) {
        return new InputException(file + ": missing; DOCKER_TLS_VERIFY needs ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH");
    }

    private static InputException encrypted(Path file) {
        return new InputException(file + ": encrypted private keys are not supported; decrypt with "
                + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pem.new'");
    }
}
