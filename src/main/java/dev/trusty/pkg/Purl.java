package dev.trusty.pkg;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds package URLs ({@code pkg:type/namespace/name@version?qualifiers}) with the
 * percent-encoding the purl specification asks for; qualifiers are sorted by key.
 */
public final class Purl {

    private Purl() {
    }

    public static String of(String type, String namespace, String name, String version, Map<String, String> qualifiers) {
        StringBuilder purl = new StringBuilder("pkg:").append(type).append('/');
        if (namespace != null && !namespace.isEmpty()) {
            for (String segment : namespace.split("/")) {
                purl.append(encode(segment)).append('/');
            }
        }
        purl.append(encode(name));
        if (version != null && !version.isEmpty()) {
            purl.append('@').append(encode(version));
        }
        Map<String, String> sorted = new TreeMap<>();
        if (qualifiers != null) {
            qualifiers.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    sorted.put(k, v);
                }
            });
        }
        char sep = '?';
        for (Map.Entry<String, String> q : sorted.entrySet()) {
            purl.append(sep).append(q.getKey()).append('=').append(encode(q.getValue()));
            sep = '&';
        }
        return purl.toString();
    }

    /** Percent-encodes everything except unreserved characters (and ':' which purl keeps readable). */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
