package dev.trusty.image.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/** Structural checks that tell a real credential from a lookalike, offline. */
public final class Checks {
    static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static final Set<String> PLACEHOLDER_WORDS = Set.of("password", "passwd", "changeme", "change_me",
            "secret", "example", "sample", "dummy", "placeholder", "redacted", "none", "null", "true", "false",
            "undefined", "test", "testing", "token", "mytoken", "mypassword", "yourpassword", "default");

    private Checks() {
    }

    /**
     * GitHub and npm tokens end in 6 base62 digits of the CRC32 of the 30 characters after the
     * prefix: a random lookalike passes with probability about 2e-11.
     */
    public static boolean crc32TokenValid(String token) {
        int underscore = token.indexOf('_');
        String body = token.substring(underscore + 1);
        if (body.length() != 36) {
            return false;
        }
        return base62Crc(body.substring(0, 30)).equals(body.substring(30));
    }

    /** The 6-character base62 CRC32 of {@code random}, as GitHub and npm compute it. */
    public static String base62Crc(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        StringBuilder out = new StringBuilder();
        while (value > 0) {
            out.append(BASE62.charAt((int) (value % 62)));
            value /= 62;
        }
        while (out.length() < 6) {
            out.append('0');
        }
        return out.reverse().toString();
    }

    /** Shannon entropy in bits per character. */
    public static double entropy(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (char c : s.toCharArray()) {
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int n : counts) {
            h -= term(n, s.length());
        }
        return h - term(other, s.length());
    }

    private static double term(int n, int total) {
        if (n == 0) {
            return 0;
        }
        double p = (double) n / total;
        return p * Math.log(p) / Math.log(2);
    }

    /**
     * True for values that stand in for a secret rather than being one: template references,
     * doc placeholders, runs of one character, the words tutorials use.
     */
    public static boolean placeholder(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (v.length() < 4 || PLACEHOLDER_WORDS.contains(lower.replaceAll("[^a-z_]", ""))) {
            return true;
        }
        if (v.startsWith("/") || v.startsWith("./") || v.startsWith("~/")) {
            return true; // a path to where the secret lives
        }
        if (v.contains("${") || v.startsWith("$") || v.contains("{{") || v.startsWith("%") || v.startsWith("<")
                || v.endsWith(">") || v.startsWith("@") && v.endsWith("@") || v.contains("***")) {
            return true;
        }
        if (lower.contains("example") || lower.contains("xxxx") || lower.contains("dummy")
                || lower.contains("placeholder") || lower.contains("changeme") || lower.contains("your_")
                || lower.contains("your-") || lower.contains("fake") || lower.contains("redacted")
                || lower.contains("0000000")) {
            return true;
        }
        return v.chars().distinct().count() <= 2;
    }

    /** The docker config {@code auth} field: base64 of user:password with a non-empty password. */
    public static boolean dockerAuthHasPassword(String b64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && colon < decoded.length() - 1 && !placeholder(decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A JWT whose header decodes to JSON naming an algorithm. */
    public static boolean jwtHeaderValid(String token) {
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            return header.startsWith("{") && header.contains("\"alg\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A base64 value decoding to exactly {@code bytes} bytes. */
    public static boolean base64Length(String b64, int bytes) {
        try {
            return Base64.getDecoder().decode(b64).length == bytes;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
