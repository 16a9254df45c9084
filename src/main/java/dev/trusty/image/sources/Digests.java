package dev.trusty.image.sources;

import dev.trusty.core.InputException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Content digests: what a blob's name or descriptor promises, and the check that it holds. */
final class Digests {
    private static final Pattern BLOB_NAME = Pattern.compile("(?:.*/)?blobs/sha256/([0-9a-f]{64})");
    private static final Pattern LEGACY_CONFIG = Pattern.compile("([0-9a-f]{64})\\.json");

    private Digests() {
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest a blob's path promises ({@code blobs/sha256/<hex>} or a legacy {@code <hex>.json} config), or null. */
    static String promisedByName(String name) {
        Matcher m = BLOB_NAME.matcher(name);
        if (m.matches()) {
            return "sha256:" + m.group(1);
        }
        m = LEGACY_CONFIG.matcher(name);
        return m.matches() ? "sha256:" + m.group(1) : null;
    }

    /** Fails when {@code actual} differs from a promised digest: the archive was changed after it was written. */
    static void verify(String source, String blob, String actual, String... promised) {
        for (String expected : promised) {
            if (expected != null && expected.startsWith("sha256:") && !expected.equals(actual)) {
                throw new InputException(source + ": " + blob + " has digest " + shortDigest(actual) + " but "
                        + shortDigest(expected) + " was expected: the image was modified after it was built "
                        + "(tampered or corrupt); refusing to analyse it");
            }
        }
    }

    static String shortDigest(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
