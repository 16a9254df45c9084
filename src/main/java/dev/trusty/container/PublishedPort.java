package dev.trusty.container;

import dev.trusty.core.Location;

/**
 * A container port published on the host. {@code hostIp} is empty when bound to every interface;
 * {@code hostPort} is empty when the engine picks one (a random high port), and may be a range.
 */
public record PublishedPort(String hostIp, String hostPort, String containerPort, String protocol,
                            Location.ContainerField at) {

    public PublishedPort {
        hostIp = hostIp == null ? "" : hostIp;
        hostPort = hostPort == null ? "" : hostPort;
        protocol = protocol == null || protocol.isEmpty() ? "tcp" : protocol;
    }

    public boolean allInterfaces() {
        return hostIp.isEmpty() || hostIp.equals("0.0.0.0") || hostIp.equals("::") || hostIp.equals("[::]");
    }

    /** The lowest host port, or -1 when the engine picks it or it is not a number (e.g. a variable). */
    public int lowestHostPort() {
        String first = hostPort.contains("-") ? hostPort.substring(0, hostPort.indexOf('-')) : hostPort;
        try {
            return first.isEmpty() ? -1 : Integer.parseInt(first.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String describe() {
        String host = (hostIp.isEmpty() ? "" : hostIp + ":") + (hostPort.isEmpty() ? "(random)" : hostPort);
        return host + "->" + containerPort + "/" + protocol;
    }
}
