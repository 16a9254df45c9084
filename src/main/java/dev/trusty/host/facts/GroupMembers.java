package dev.trusty.host.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who is in a group: the members listed in /etc/group and the users whose primary group it is
 * (from /etc/passwd; {@code getent group} does not show those, so Docker Bench misses them).
 */
public record GroupMembers(String group, int gid, List<String> listed, List<String> primary, boolean exists) {

    public GroupMembers {
        listed = List.copyOf(listed);
        primary = List.copyOf(primary);
    }

    public List<String> all() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(listed);
        all.addAll(primary);
        return List.copyOf(all);
    }

    /** Members of {@code name}: listed in /etc/group, plus users with it as primary group in /etc/passwd. */
    static GroupMembers read(HostFiles host, String name) {
        int gid = -1;
        List<String> listed = List.of();
        for (String line : host.readQuietly("/etc/group").orElse("").split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length >= 4 && f[0].equals(name)) {
                gid = number(f[2]);
                listed = Arrays.stream(f[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
        }
        List<String> primary = new ArrayList<>();
        if (gid >= 0) {
            for (String line : host.readQuietly("/etc/passwd").orElse("").split("\n")) {
                String[] f = line.split(":", -1);
                if (f.length >= 4 && number(f[3]) == gid) {
                    primary.add(f[0]);
                }
            }
        }
        return new GroupMembers(name, gid, listed, primary, gid >= 0);
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
