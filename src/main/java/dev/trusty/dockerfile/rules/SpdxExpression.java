package dev.trusty.dockerfile.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SPDX license expressions as the label-schema type {@code spdx} accepts them: a license id of the
 * SPDX list (exactly as listed, optionally with {@code +}), {@code LicenseRef-...}, {@code NONE}, or ids
 * combined with AND, OR, WITH and parentheses. "MIT License" or "Apache 2" are not.
 */
final class SpdxExpression {
    private static final Set<String> IDS = load();
    private static final Pattern TOKEN = Pattern.compile("\\(|\\)|[^\\s()]+");
    private static final Pattern REF = Pattern.compile("(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
    private static final Pattern EXCEPTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    private final List<String> tokens = new ArrayList<>();
    private int pos;

    private SpdxExpression(String text) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
    }

    static boolean isValid(String text) {
        if (text.strip().equals("NONE")) {
            return true;
        }
        SpdxExpression p = new SpdxExpression(text);
        return !p.tokens.isEmpty() && p.or() && p.pos == p.tokens.size();
    }

    private boolean or() {
        if (!and()) {
            return false;
        }
        while (accept("OR")) {
            if (!and()) {
                return false;
            }
        }
        return true;
    }

    private boolean and() {
        if (!atom()) {
            return false;
        }
        while (accept("AND")) {
            if (!atom()) {
                return false;
            }
        }
        return true;
    }

    private boolean atom() {
        if (accept("(")) {
            return or() && accept(")");
        }
        if (pos >= tokens.size()) {
            return false;
        }
        String t = tokens.get(pos++);
        String id = t.endsWith("+") ? t.substring(0, t.length() - 1) : t;
        if (!IDS.contains(id) && !REF.matcher(t).matches()) {
            return false;
        }
        if (accept("WITH")) {
            return pos < tokens.size() && EXCEPTION.matcher(tokens.get(pos++)).matches();
        }
        return true;
    }

    private boolean accept(String token) {
        if (pos < tokens.size() && tokens.get(pos).equals(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = SpdxExpression.class.getResourceAsStream("spdx-license-ids.txt")) {
            if (in == null) {
                throw new IllegalStateException("spdx-license-ids.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
