package dev.trusty.image.secrets;

import dev.trusty.core.Severity;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One kind of credential: the keywords that must occur before its pattern is even tried, the
 * pattern (group {@code secretGroup} is the secret itself), a structural check on the candidate
 * (checksum, decoding, placeholder filter), and how many leading characters are a public
 * provider prefix that may be shown ({@code ghp_}, {@code AKIA}).
 */
public record Detector(String id, String title, Severity severity, List<String> keywords, Pattern pattern,
                       int secretGroup, Predicate<String> valid, int visiblePrefix) {

    public Detector {
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException(id + ": every detector needs a keyword, or it would run on every file");
        }
        keywords = keywords.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
