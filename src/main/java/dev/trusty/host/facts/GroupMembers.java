package dev.trusty.host.facts;

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
}
