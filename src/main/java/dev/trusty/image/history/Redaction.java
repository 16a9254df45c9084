package dev.trusty.image.history;

import dev.trusty.image.HistoryInstruction;
import dev.trusty.image.secrets.Checks;
import dev.trusty.image.secrets.Detectors;
import dev.trusty.image.secrets.SecretHit;
import dev.trusty.image.secrets.SecretScanner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Masks the secrets of a history instruction in the text a history finding shows (its location
 * and message). TI014 reports those secrets; no report may show them. Secrets are what the secret
 * scanner finds in the instruction, and the values of secret-named ENV/ARG/LABEL assignments.
 */
final class Redaction {
    static final String MASK = "****";

    private final List<String> secrets;
    private final boolean unlocatable;

    private Redaction(List<String> secrets, boolean unlocatable) {
        this.secrets = secrets;
        this.unlocatable = unlocatable;
    }

    static Redaction of(SecretScanner scanner, HistoryInstruction instruction) {
        String text = HistoryLint.oneLine(instruction.text());
        List<String> secrets = new ArrayList<>();
        boolean unlocatable = false;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (SecretHit hit : scanner.scan(text, false)) {
            // Columns are byte offsets: they index the text only when it is ASCII.
            int start = hit.column() - 1;
            if (bytes.length != text.length() || hit.line() > 1 || start < 0 || start + hit.secretLength() > text.length()) {
                unlocatable = true;
            } else {
                secrets.add(text.substring(start, start + hit.secretLength()));
            }
        }
        if (List.of("ENV", "ARG", "LABEL").contains(instruction.keyword())) {
            for (List<String> words : HistoryInstruction.commands(instruction.arguments())) {
                for (String word : words) {
                    int eq = word.indexOf('=');
                    String value = eq > 0 ? word.substring(eq + 1) : "";
                    if (eq > 0 && Detectors.secretName(word.substring(0, eq)) && !value.isEmpty()
                            && !Checks.placeholder(value)) {
                        secrets.add(value);
                    }
                }
            }
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return new Redaction(List.copyOf(secrets), unlocatable);
    }

    /** True when a secret was found that cannot be cut out: show nothing of the instruction then. */
    boolean hidesAll() {
        return unlocatable;
    }

    String apply(String text) {
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
