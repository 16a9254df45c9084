package dev.trusty.image.secrets;

import dev.trusty.core.Severity;

/**
 * A secret found in some text. Holds no part of the secret beyond a public provider prefix:
 * the excerpt is already masked, and the fingerprint is a short hash that lets users tell
 * findings apart (and ignore one) without seeing the value.
 *
 * @param line        1-based line of the text where the secret starts (0 for one-line texts)
 * @param excerpt     the line with every secret on it masked, shortened around the match
 * @param fingerprint the first 8 hex digits of the secret's SHA-256
 */
public record SecretHit(String detectorId, String title, Severity severity, int line, int column, String excerpt,
                        String fingerprint, int secretLength) {

    public String describe() {
        return title + " (" + secretLength + " chars, fingerprint " + fingerprint + ")";
    }
}
