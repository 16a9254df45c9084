package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** A host device node inside a container is direct access to host hardware or kernel interfaces. */
final class HostDevice implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC027", Domain.CONTAINER, "Host device passed through", Severity.MEDIUM)
            .cis("5.18").cwe(668)
            .why("Devices bypass the container's filesystem isolation: a disk device can be mounted and read, "
                    + "/dev/mem or /dev/kmsg expose the kernel.")
            .fix("Remove --device / devices: / the device hostPath unless the workload needs it, and then give "
                    + "only the permissions it needs (e.g. :r).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (Setting<String> device : spec.devices()) {
            out.report(INFO, device.at(), Hints.withFix("passes host device " + device.value() + " through", spec,
                    "remove it from devices", "remove --device " + device.value(), "remove the hostPath volume"));
        }
    }
}
