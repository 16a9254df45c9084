package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.Map;

/** EXPOSE of a remote-login port: SSH, telnet, RDP, VNC. Containers are entered with docker exec, not logged into. */
public final class RemoteAccessPorts implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI016", Domain.IMAGE, "Remote-login port exposed", Severity.MEDIUM)
            .cis("5.6").cwe(284)
            .why("An SSH (or telnet, RDP, VNC) server in a container is one more service with credentials to steal and patch; docker exec does the job.")
            .fix("Remove the remote-login server and its EXPOSE; use docker exec / kubectl exec for access.");

    static final Map<String, String> PORTS = Map.of("22", "SSH", "23", "telnet", "3389", "RDP", "5900", "VNC",
            "2222", "SSH (alternate port)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (String port : image.config().exposedPorts()) {
            String number = port.contains("/") ? port.substring(0, port.indexOf('/')) : port;
            String service = PORTS.get(number);
            if (service != null && !port.endsWith("/udp")) {
                out.report(INFO, image.configField("config.ExposedPorts[" + port + "]"), "exposes " + port + " (" + service + ")");
            }
        }
    }
}
