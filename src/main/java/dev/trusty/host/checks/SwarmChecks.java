package dev.trusty.host.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.Severity;
import dev.trusty.host.facts.EngineFacts;
import dev.trusty.host.facts.HostFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Section 7, swarm: each check passes when swarm mode is off, as in Docker Bench. */
final class SwarmChecks {
    private SwarmChecks() {
    }

    static boolean active(EngineFacts e) {
        return e.info().path("Swarm").path("LocalNodeState").asText("inactive").equals("active");
    }

    static boolean manager(EngineFacts e) {
        return e.info().path("Swarm").path("ControlAvailable").asBoolean(false);
    }

    /** A swarm check: skipped with no engine, PASS when swarm is off, else decided by {@code decide}. */
    static final class SwarmCheck extends BaseCheck {
        private final BiFunction<HostFacts, EngineFacts, CheckResult> decide;

        SwarmCheck(String id, String benchId, String title, Severity severity, String why, String fix,
                   BiFunction<HostFacts, EngineFacts, CheckResult> decide) {
            super(id, benchId, title, severity, why, fix);
            this.decide = decide;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            EngineFacts e = facts.engine().get();
            if (!active(e)) {
                return CheckResult.pass("swarm mode is off",
                        new Evidence("engine", "/info Swarm.LocalNodeState=" + e.info().path("Swarm").path("LocalNodeState").asText("inactive")));
            }
            return decide.apply(facts, e);
        }
    }

    static CheckResult managers(HostFacts facts, EngineFacts e) {
        if (!manager(e)) {
            return CheckResult.skipped("this node is a swarm worker: node lists are only on managers");
        }
        List<Evidence> items = new ArrayList<>();
        for (JsonNode n : e.nodes()) {
            if (n.path("ManagerStatus").isObject()) {
                items.add(new Evidence(n.path("Description").path("Hostname").asText(n.path("ID").asText()),
                        "manager, " + n.path("ManagerStatus").path("Reachability").asText("?")
                                + (n.path("ManagerStatus").path("Leader").asBoolean() ? ", leader" : "")));
            }
        }
        int count = items.size();
        return count % 2 == 1 ? CheckResult.pass(count + " manager(s): an odd number keeps a quorum", items.toArray(new Evidence[0]))
                : CheckResult.warn(count + " managers: use an odd number (1, 3, 5, 7) so a quorum survives a split", items);
    }

    static CheckResult encryptedOverlays(HostFacts facts, EngineFacts e) {
        List<Evidence> plain = new ArrayList<>();
        for (JsonNode n : e.networks()) {
            if (n.path("Driver").asText().equals("overlay") && !n.path("Options").has("encrypted")
                    && !n.path("Name").asText().equals("ingress")) {
                plain.add(new Evidence(n.path("Name").asText(), "overlay network without Options.encrypted"));
            }
        }
        return plain.isEmpty() ? CheckResult.pass("every overlay network is encrypted")
                : CheckResult.warn("overlay networks carry container traffic in clear text between nodes", plain);
    }

    static CheckResult secrets(HostFacts facts, EngineFacts e) {
        if (!manager(e)) {
            return CheckResult.skipped("this node is a swarm worker: secrets are listed on managers");
        }
        int count = e.secrets().size();
        return count > 0 ? CheckResult.pass(count + " swarm secrets in use")
                : CheckResult.info("no swarm secrets: check that services get their credentials from docker secret, not environment variables");
    }

    static CheckResult autolock(HostFacts facts, EngineFacts e) {
        if (!manager(e)) {
            return CheckResult.skipped("this node is a swarm worker: auto-lock is a manager setting");
        }
        boolean on = e.swarm().path("Spec").path("EncryptionConfig").path("AutoLockManagers").asBoolean(false);
        Evidence ev = new Evidence("swarm", "/swarm Spec.EncryptionConfig.AutoLockManagers=" + on);
        return on ? CheckResult.pass("managers are auto-locked", ev)
                : CheckResult.warn("managers are not auto-locked: the raft keys sit unencrypted on disk", ev);
    }

    static CheckResult certExpiry(HostFacts facts, EngineFacts e) {
        long ns = e.info().path("Swarm").path("Cluster").path("Spec").path("CAConfig").path("NodeCertExpiry").asLong(0);
        if (ns == 0) {
            ns = e.swarm().path("Spec").path("CAConfig").path("NodeCertExpiry").asLong(0);
        }
        if (ns == 0) {
            return CheckResult.manual("Run docker info and read 'Expiry Duration' under Swarm/CA Configuration; set it with docker swarm update --cert-expiry.");
        }
        long hours = ns / 3_600_000_000_000L;
        Evidence ev = new Evidence("swarm", "CAConfig.NodeCertExpiry=" + hours + "h");
        return hours <= 24 * 90 ? CheckResult.info("node certificates expire after " + hours + " hours; confirm this rotation suits you", ev)
                : CheckResult.warn("node certificates live " + hours + " hours (more than 90 days)", ev);
    }

    static CheckResult wildcardListener(HostFacts facts, EngineFacts e) {
        if (e.local() && !facts.tcpListeners().isEmpty()) {
            List<Evidence> wildcard = facts.tcpListeners().stream()
                    .filter(l -> l.equals("0.0.0.0:2377") || l.equals("[::]:2377"))
                    .map(l -> new Evidence(l, "listening socket in /proc/net/tcp")).toList();
            List<String> bound = facts.tcpListeners().stream().filter(l -> l.endsWith(":2377")).toList();
            if (!wildcard.isEmpty()) {
                return CheckResult.warn("the swarm management port 2377 listens on every interface", wildcard);
            }
            if (!bound.isEmpty()) {
                return CheckResult.pass("swarm management listens on " + String.join(", ", bound),
                        new Evidence(bound.get(0), "listening socket in /proc/net/tcp"));
            }
        }
        String addr = e.info().path("Swarm").path("NodeAddr").asText("");
        JsonNode managers = e.info().path("Swarm").path("RemoteManagers");
        List<Evidence> items = new ArrayList<>();
        for (JsonNode m : managers) {
            if (m.path("Addr").asText().startsWith("0.0.0.0") || m.path("Addr").asText().startsWith("[::]")) {
                items.add(new Evidence(m.path("Addr").asText(), "manager listens on every interface"));
            }
        }
        return items.isEmpty() ? CheckResult.pass("swarm listens on " + (addr.isEmpty() ? "a specific address" : addr),
                new Evidence("engine", "/info Swarm.NodeAddr=" + addr))
                : CheckResult.warn("swarm management port is bound to every interface", items);
    }
}
