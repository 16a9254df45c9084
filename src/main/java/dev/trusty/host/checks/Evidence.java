package dev.trusty.host.checks;

import dev.trusty.core.Location;

/** One item behind a result: what was looked at ({@code /var/run/docker.sock}, {@code icc}) and what it showed. */
public record Evidence(String subject, String detail) {

    public Location.Host location() {
        return new Location.Host(subject, detail);
    }

    public String describe() {
        return location().describe();
    }
}
