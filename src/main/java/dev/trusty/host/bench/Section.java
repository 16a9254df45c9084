package dev.trusty.host.bench;

import java.util.Locale;

/**
 * The bench's sections, named as Docker Bench's groups so {@code --check docker_daemon_configuration}
 * works the same. Trusty-only checks form their own group, run by default.
 */
public enum Section {
    HOST("1", "host_configuration", "Host Configuration"),
    DAEMON("2", "docker_daemon_configuration", "Docker daemon configuration"),
    FILES("3", "docker_daemon_files", "Docker daemon configuration files"),
    IMAGES("4", "container_images", "Container Images and Build File"),
    RUNTIME("5", "container_runtime", "Container Runtime"),
    OPERATIONS("6", "docker_security_operations", "Docker Security Operations"),
    SWARM("7", "docker_swarm_configuration", "Docker Swarm Configuration"),
    TRUSTY("T", "trusty", "Trusty host checks beyond the CIS list"),
    COMMUNITY("C", "community", "Community checks (optional)");

    private final String number;
    private final String group;
    private final String title;

    Section(String number, String group, String title) {
        this.number = number;
        this.group = group;
        this.title = title;
    }

    public String number() {
        return number;
    }

    public String group() {
        return group;
    }

    public String title() {
        return title;
    }

    /** The section a bench id belongs to: {@code 2.2} → daemon, {@code C.2} → community, {@code TH087} → trusty. */
    public static Section of(String benchId) {
        String id = benchId.toUpperCase(Locale.ROOT);
        if (id.startsWith("C.")) {
            return COMMUNITY;
        }
        if (id.startsWith("TH")) {
            return TRUSTY;
        }
        String first = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        for (Section s : values()) {
            if (s.number.equals(first)) {
                return s;
            }
        }
        return TRUSTY;
    }

    public static Section byGroup(String name) {
        for (Section s : values()) {
            if (s.group.equalsIgnoreCase(name) || (s == COMMUNITY && name.equalsIgnoreCase("community_checks"))) {
                return s;
            }
        }
        return null;
    }
}
