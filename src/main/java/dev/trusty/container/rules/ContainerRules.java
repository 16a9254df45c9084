package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;

import java.util.List;

/** Every container rule, in id order: the same set runs over compose, docker run, Kubernetes and live containers. */
public final class ContainerRules {
    public static final List<Rule<ContainerSpec>> ALL = List.of(
            new Privileged(),
            new DangerousCapability(),
            new CapabilitiesNotDropped(),
            new RuntimeSocketMounted(),
            new SensitiveHostPath(),
            new SharedPropagation(),
            new HostNetwork(),
            new HostPid(),
            new HostIpc(),
            new HostUts(),
            new HostUserns(),
            new NoMemoryLimit(),
            new NoCpuLimit(),
            new NoPidsLimit(),
            new UlimitsUnset(),
            new RunsAsRoot(),
            new WritableRootFilesystem(),
            new NoNewPrivilegesMissing(),
            new SeccompUnconfined(),
            new AppArmorUnconfined(),
            new SelinuxRelaxed(),
            new PrivilegedPort(),
            new PortOnAllInterfaces(),
            new DefaultBridgeNetwork(),
            new RestartPolicyUnbounded(),
            new NoHealthcheck(),
            new HostDevice(),
            new SecretInEnvironment(),
            new OomKillDisabled(),
            new ImageLatest(),
            new ImageWithoutDigest(),
            new SshdInContainer(),
            new CgroupParentSet(),
            new UnsafeSysctl(),
            new SystemPathsUnmasked(),
            new ServiceAccountToken());

    /** The metadata of every rule, for {@code trusty rules} and the rule catalogue. */
    public static List<RuleInfo> infos() {
        return ALL.stream().map(Rule::info).toList();
    }

    private ContainerRules() {
    }
}
