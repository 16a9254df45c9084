package dev.trusty.container;

import dev.trusty.core.Location;
import dev.trusty.core.Target;

/**
 * What the daemon applies to every container without showing it in inspect data, so live
 * containers are judged by what really applies: {@code "no-new-privileges": true} in daemon.json,
 * and whether the engine has seccomp at all ({@code /info} SecurityOptions lists
 * {@code name=seccomp}; without it every container runs unconfined).
 */
public record DaemonDefaults(boolean noNewPrivileges, boolean seccomp) {

    /** What a stock daemon does: no no-new-privileges default, seccomp available. */
    public static final DaemonDefaults STOCK = new DaemonDefaults(false, true);

    /** Writes the daemon's defaults into a live container's spec where the container says nothing. */
    void applyTo(ContainerSpec spec) {
        if (spec.kind() != Target.Kind.CONTAINER) {
            return;
        }
        if (noNewPrivileges && spec.noNewPrivileges().isEmpty()) {
            spec.securityOpt("no-new-privileges=true",
                    new Location.ContainerField(spec.name(), "daemon no-new-privileges (daemon.json)", null));
        }
        if (!seccomp && spec.securityOpt("seccomp").isEmpty() && !spec.isPrivileged()) {
            spec.securityOpt("seccomp=unconfined",
                    new Location.ContainerField(spec.name(), "daemon SecurityOptions (no seccomp support)", null));
        }
    }
}
