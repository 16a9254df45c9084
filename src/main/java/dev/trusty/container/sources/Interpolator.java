package dev.trusty.container.sources;

import dev.trusty.core.InputException;
import dev.trusty.core.Location;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Compose variable interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+alt}},
 * {@code ${VAR+alt}} and {@code $$} for a literal dollar. Defaults may themselves hold variables.
 * A required variable that is missing is an input error at the value's position; an unset plain
 * variable becomes empty with a warning, as {@code docker compose} does.
 */
public final class Interpolator implements Yml.ScalarFilter {
    private final Map<String, String> vars;
    private final Consumer<String> warnings;

    public Interpolator(Map<String, String> vars, Consumer<String> warnings) {
        this.vars = vars;
        this.warnings = warnings;
    }

    @Override
    public String apply(String text, Location.File at) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    throw error(at, "unclosed '${' in \"" + text.replaceAll("\\s+", " ") + "\"");
                }
                out.append(expand(text.substring(i + 2, end), at));
                i = end + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                out.append(lookup(text.substring(i + 1, j), at));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String expand(String body, Location.File at) {
        int j = 0;
        while (j < body.length() && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_')) {
            j++;
        }
        String name = body.substring(0, j);
        if (name.isEmpty()) {
            throw error(at, "invalid variable reference '${" + body.replaceAll("\\s+", " ") + "}'");
        }
        if (j == body.length()) {
            return lookup(name, at);
        }
        boolean colon = body.charAt(j) == ':';
        int opAt = colon ? j + 1 : j;
        if (opAt >= body.length()) {
            throw error(at, "invalid variable reference '${" + body.replaceAll("\\s+", " ") + "}'");
        }
        char op = body.charAt(opAt);
        String arg = body.substring(opAt + 1);
        String value = vars.get(name);
        boolean missing = value == null || (colon && value.isEmpty());
        return switch (op) {
            case '-' -> missing ? apply(arg, at) : value;
            case '+' -> missing ? "" : apply(arg, at);
            case '?' -> {
                if (missing) {
                    String why = arg.isEmpty() ? "required variable " + name + " is missing a value" : apply(arg, at);
                    throw error(at, "required variable " + name + " is not set: " + why);
                }
                yield value;
            }
            default -> throw error(at, "invalid variable reference '${" + body.replaceAll("\\s+", " ") + "}'");
        };
    }

    private String lookup(String name, Location.File at) {
        String value = vars.get(name);
        if (value == null) {
            warnings.accept(at.describe() + ": variable " + name + " is not set, using an empty string");
            return "";
        }
        return value;
    }

    private static InputException error(Location.File at, String message) {
        return InputException.at(at.path(), at.line(), at.column(), Messages.oneLine(message));
    }
}
