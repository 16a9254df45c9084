package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** DL3051-DL3056, DL3058: a schema label's value must match its declared type. */
public final class LabelValueInvalid extends DockerfileRule {
    private static final java.util.regex.Pattern SEMVER = java.util.regex.Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
                    + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$");

    public static final RuleInfo EMPTY = rule("TD051", "Schema label is empty", Severity.MEDIUM).hadolint("DL3051")
            .why("An empty required label carries no information.").fix("Give the label a value.");
    public static final RuleInfo URL = rule("TD052", "Label is not a valid URL", Severity.MEDIUM).hadolint("DL3052")
            .why("The schema declares this label a URL.").fix("Use an absolute URL such as https://example.com/repo.");
    public static final RuleInfo RFC3339 = rule("TD053", "Label is not an RFC 3339 time", Severity.MEDIUM).hadolint("DL3053")
            .why("The schema declares this label a time.").fix("Use an RFC 3339 time such as 2024-01-31T12:00:00Z.");
    public static final RuleInfo SPDX_ID = rule("TD054", "Label is not an SPDX license id", Severity.MEDIUM).hadolint("DL3054")
            .why("The schema declares this label an SPDX license id (or expression of ids).").fix("Use an SPDX license id such as Apache-2.0.");
    public static final RuleInfo HASH = rule("TD055", "Label is not a git hash", Severity.MEDIUM).hadolint("DL3055")
            .why("The schema declares this label a git commit hash.").fix("Use the full 40-character commit hash.");
    public static final RuleInfo SEMVER_INFO = rule("TD056", "Label is not a semantic version", Severity.MEDIUM).hadolint("DL3056")
            .why("The schema declares this label a semantic version.").fix("Use a version such as 1.2.3.");
    public static final RuleInfo EMAIL_INFO = rule("TD058", "Label is not an email address", Severity.MEDIUM).hadolint("DL3058")
            .why("The schema declares this label an email address.").fix("Use an address such as team@example.com.");

    private static final Map<String, String> TYPE_NAMES = Map.of("url", "URL", "rfc3339", "RFC 3339 time",
            "spdx", "SPDX license id", "hash", "git commit hash", "semver", "semantic version", "email", "email address");

    private final String type;

    private LabelValueInvalid(RuleInfo info, String type) {
        super(info);
        this.type = type;
    }

    public static List<LabelValueInvalid> all() {
        return List.of(new LabelValueInvalid(EMPTY, null), new LabelValueInvalid(URL, "url"),
                new LabelValueInvalid(RFC3339, "rfc3339"), new LabelValueInvalid(SPDX_ID, "spdx"),
                new LabelValueInvalid(HASH, "hash"), new LabelValueInvalid(SEMVER_INFO, "semver"),
                new LabelValueInvalid(EMAIL_INFO, "email"));
    }

    static boolean valid(String type, String v) {
        return switch (type) {
            case "url" -> {
                try {
                    // an absolute URI, as hadolint's URI parser wants: mailto: and urn: count too
                    yield new java.net.URI(v).getScheme() != null;
                } catch (java.net.URISyntaxException e) {
                    yield false;
                }
            }
            case "rfc3339" -> {
                try {
                    java.time.OffsetDateTime.parse(v.replace(' ', 'T').replace('t', 'T').replace('z', 'Z'));
                    yield true;
                } catch (java.time.format.DateTimeParseException e) {
                    yield false;
                }
            }
            case "spdx" -> SpdxExpression.isValid(v);
            case "hash" -> v.matches("[0-9a-fA-F]{40}|[0-9a-fA-F]{7}");
            case "semver" -> SEMVER.matcher(v).matches();
            case "email" -> EMAIL.matcher(v).matches();
            default -> true;
        };
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Map<String, String> schema = ctx.settings().labelSchema();
        if (schema.isEmpty()) {
            return;
        }
        for (Labels.Label l : Labels.everywhere(ctx)) {
            String declared = schema.get(l.key());
            if (declared == null) {
                continue;
            }
            if (type == null) {
                if (l.value().isBlank()) {
                    out.report(info(), ctx.at(l.instruction(), l.pair().key()), "label '" + l.key() + "' is empty");
                }
            } else if (type.equals(declared.toLowerCase(Locale.ROOT)) && !l.value().isBlank()
                    && !l.value().contains("$") && !valid(type, l.value())) {
                out.report(info(), ctx.at(l.instruction(), l.pair().value()), "label '" + l.key() + "' value '"
                        + l.value() + "' is not a valid " + TYPE_NAMES.get(type));
            }
        }
    }
}
