package dev.trusty.vuln;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.InputException;
import dev.trusty.core.TrustyConfig;
import dev.trusty.vuln.db.VulnDb;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The {@code vuln:} section of {@code .trusty.yaml}:
 *
 * <pre>
 * vuln:
 *   db: /srv/trusty/vuln.db        # default: $XDG_CACHE_HOME/trusty/vuln.db
 *   max-age-days: 7                # warn when the data is older
 *   ignore-unfixed: false
 *   sources:                       # what 'trusty db update' downloads (https://, http://, file://)
 *     - https://mirror.example/osv/Debian/all.zip
 *   ignore:
 *     - id: CVE-2023-45853         # or any alias (GHSA, DSA...)
 *       package: zlib1g            # optional: package name or purl prefix
 *       path: /usr/lib/**          # optional: glob of the file the package was found in
 *       until: 2027-01-31          # optional: the ignore lapses after this day
 *       reason: minizip is not used
 * </pre>
 */
public record VulnSettings(Path database, Duration maxAge, boolean ignoreUnfixed, List<Ignore> ignores,
                           List<String> sources) {

    private static final Set<String> KEYS = Set.of("db", "max-age-days", "ignore-unfixed", "ignore", "sources");
    private static final Set<String> IGNORE_KEYS = Set.of("id", "package", "path", "until", "reason");

    /** One accepted vulnerability: which id, optionally where, until when and why. */
    public record Ignore(String id, String pkg, String pathGlob, LocalDate until, String reason) {

        boolean covers(VulnMatch m, LocalDate today) {
            if (until != null && today.isAfter(until)) {
                return false;
            }
            if (!id.equals(m.id()) && !m.aliases().contains(id)) {
                return false;
            }
            if (pkg != null && !pkg.equals(m.pkg().name()) && !pkg.equals(m.pkg().advisoryName())
                    && !m.pkg().purl().startsWith(pkg)) {
                return false;
            }
            if (pathGlob != null) {
                PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + pathGlob);
                return m.pkg().locations().stream().anyMatch(l -> glob.matches(Path.of(l.path())));
            }
            return true;
        }
    }

    public static VulnSettings defaults() {
        return new VulnSettings(VulnDb.defaultPath(), Duration.ofDays(7), false, List.of(), List.of());
    }

    public static VulnSettings from(TrustyConfig config) {
        JsonNode section = config.section("vuln");
        VulnSettings defaults = defaults();
        if (section == null || section.isNull()) {
            return defaults;
        }
        String file = config.source() == null ? "config" : config.source().toString();
        if (!section.isObject()) {
            throw new InputException(file + ": 'vuln' must be a mapping");
        }
        for (Iterator<String> keys = section.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw new InputException(file + ": unknown key 'vuln." + key + "' (expected db, max-age-days, ignore-unfixed, ignore or sources)");
            }
        }
        Path db = section.hasNonNull("db") ? Path.of(section.get("db").asText()) : defaults.database();
        JsonNode age = section.path("max-age-days");
        if (!age.isMissingNode() && !age.canConvertToInt()) {
            throw new InputException(file + ": 'vuln.max-age-days' must be a whole number of days");
        }
        List<Ignore> ignores = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : section.path("ignore")) {
            String where = file + ": vuln.ignore[" + index++ + "]";
            if (!entry.isObject() || !entry.hasNonNull("id")) {
                throw new InputException(where + ": each ignore needs at least an 'id'");
            }
            entry.fieldNames().forEachRemaining(k -> {
                if (!IGNORE_KEYS.contains(k)) {
                    throw new InputException(where + ": unknown key '" + k + "' (expected id, package, path, until or reason)");
                }
            });
            LocalDate until = null;
            if (entry.hasNonNull("until")) {
                try {
                    until = LocalDate.parse(entry.get("until").asText());
                } catch (DateTimeParseException e) {
                    throw new InputException(where + ": 'until' must be a date like 2027-01-31");
                }
            }
            ignores.add(new Ignore(entry.get("id").asText(), text(entry, "package"), text(entry, "path"), until,
                    text(entry, "reason")));
        }
        List<String> sources = new ArrayList<>();
        section.path("sources").forEach(u -> sources.add(u.asText()));
        return new VulnSettings(db, age.isMissingNode() ? defaults.maxAge() : Duration.ofDays(age.asInt()),
                section.path("ignore-unfixed").asBoolean(false), ignores, sources);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** The matches no ignore covers today; lapsed ignores are reported in {@code notes}. */
    public List<VulnMatch> apply(List<VulnMatch> matches, LocalDate today, List<String> notes) {
        for (Ignore ignore : ignores) {
            if (ignore.until() != null && today.isAfter(ignore.until())) {
                notes.add("the ignore of " + ignore.id() + " lapsed on " + ignore.until() + ": it is reported again");
            }
        }
        return matches.stream().filter(m -> ignores.stream().noneMatch(i -> i.covers(m, today))).toList();
    }
}
