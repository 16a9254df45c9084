package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.Set;

/** VOLUME over a system path: whatever gets mounted there replaces or exposes the container's system. */
public final class SensitiveVolumes implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI015", Domain.IMAGE, "Volume over a sensitive path", Severity.MEDIUM)
            .dockle("DKL-DI-0002")
            .why("A volume at /proc, /sys, /dev, /etc, the Docker socket or / invites mounting host paths there, or hides system files.")
            .fix("Declare volumes only for application data directories (e.g. /var/lib/app).");

    static final Set<String> SENSITIVE = Set.of("/", "/proc", "/sys", "/dev", "/etc", "/boot", "/root", "/run",
            "/var/run", "/usr", "/bin", "/sbin", "/lib", "/var/run/docker.sock", "/run/docker.sock");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (String volume : image.config().volumes()) {
            String path = volume.length() > 1 && volume.endsWith("/") ? volume.substring(0, volume.length() - 1) : volume;
            if (SENSITIVE.contains(path)) {
                out.report(INFO, image.configField("config.Volumes[" + volume + "]"), "VOLUME " + volume + " covers a system path");
            }
        }
    }
}
