package dev.trusty.host.bench;

import dev.trusty.core.InputException;

import java.util.List;
import java.util.Locale;

/**
 * Which checks to run: {@code --check} and {@code --exclude} take ids (2.2, TH022, CIS-2.2), section
 * numbers (2, 1.1), group names (docker_daemon_configuration, community, cis, all), and
 * {@code --level 1} keeps only checks not known to be Level 2. Without {@code --check}, every
 * section but the optional community group runs.
 */
public record Selection(List<String> include, List<String> exclude, int level) {

    public Selection {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (level != 1 && level != 2) {
            throw new InputException("--level must be 1 or 2, not " + level);
        }
    }

    public static Selection all() {
        return new Selection(List.of(), List.of(), 2);
    }

    public boolean selects(BenchEntry entry) {
        if (entry.level() > level) {
            return false;
        }
        boolean in = include.isEmpty() ? entry.section() != Section.COMMUNITY : include.stream().anyMatch(t -> matches(t, entry));
        return in && exclude.stream().noneMatch(t -> matches(t, entry));
    }

    /** Fails with one clear line when a token names nothing the bench knows. */
    public void validate(List<BenchEntry> known) {
        for (String token : concat()) {
            if (!isGroup(token) && known.stream().noneMatch(e -> matches(token, e)) && !token.matches("(?i)(CIS-)?5(\\.\\d+)?")) {
                throw new InputException("unknown check or group '" + token + "' (use an id such as 2.2 or TH022, a section such as 3, "
                        + "or a group: cis, all, community, trusty, host_configuration, docker_daemon_configuration, docker_daemon_files, "
                        + "container_images, container_runtime, docker_security_operations, docker_swarm_configuration)");
            }
        }
    }

    private List<String> concat() {
        return java.util.stream.Stream.concat(include.stream(), exclude.stream()).toList();
    }

    private static boolean isGroup(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        return t.equals("cis") || t.equals("all") || Section.byGroup(t) != null;
    }

    static boolean matches(String token, BenchEntry entry) {
        String t = token.trim();
        String bench = entry.benchId();
        if (t.equalsIgnoreCase("all")) {
            return true;
        }
        if (t.equalsIgnoreCase("cis")) {
            return entry.section() != Section.COMMUNITY && entry.section() != Section.TRUSTY;
        }
        Section group = Section.byGroup(t);
        if (group != null) {
            return entry.section() == group;
        }
        if (t.toUpperCase(Locale.ROOT).startsWith("CIS-")) {
            t = t.substring(4);
        }
        return t.equalsIgnoreCase(bench) || t.equalsIgnoreCase(entry.rule().id()) || bench.startsWith(t + ".");
    }
}
