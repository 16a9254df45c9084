package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.container.ContainerAudit;
import dev.trusty.container.DaemonDefaults;
import dev.trusty.container.rules.ContainerRules;
import dev.trusty.container.sources.InspectMapper;
import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.RuleInfo;
import dev.trusty.engine.DockerEngine;
import dev.trusty.host.bench.BenchEntry;
import dev.trusty.host.bench.ContainerResults;
import dev.trusty.host.bench.ContainerSection;
import dev.trusty.host.bench.EngineConnector;
import dev.trusty.host.facts.EngineFacts;
import dev.trusty.host.facts.HostFacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connects {@code trusty bench} to the real engine and gives CIS section 5 to the container rules,
 * so a container is judged the same way by {@code bench}, {@code containers} and {@code config}.
 */
final class LiveBench implements EngineConnector, ContainerSection {
    private DockerEngine engine;

    /**
     * No engine on the default socket means host checks only; an engine the user named with
     * {@code --host} must answer.
     */
    @Override
    public Optional<EngineFacts> connect(String host) {
        DockerEngine candidate = DockerEngine.connect(host);
        try {
            candidate.ping();
        } catch (InputException e) {
            if (host != null) {
                throw e;
            }
            return Optional.empty();
        }
        engine = candidate;
        return Optional.of(new EngineBenchFacts(candidate));
    }

    @Override
    public List<BenchEntry> audit(List<JsonNode> containers, HostFacts facts) {
        DaemonDefaults daemon = new DaemonDefaults(facts.settings().isTrue("no-new-privileges"), seccompAvailable(facts));
        ContainerAudit audit = new ContainerAudit(Policy.defaults(), Map.of()).withDaemonDefaults(daemon);
        ContainerAudit.Result result = engine == null ? audit.auditInspect(containers)
                : audit.auditInspect(containers, id -> InspectMapper.processCommands(engine.top(id, null)));
        List<Finding> findings = result.reports().stream().flatMap(r -> r.findings().stream()).toList();
        List<RuleInfo> rules = ContainerRules.ALL.stream().map(rule -> rule.info()).toList();
        return ContainerResults.fold(rules, findings, containers.size());
    }

    /** The engine lists {@code name=seccomp} among its security options when the kernel supports it. */
    private static boolean seccompAvailable(HostFacts facts) {
        return facts.engine().map(e -> {
            for (JsonNode option : e.info().path("SecurityOptions")) {
                if (option.asText().contains("name=seccomp")) {
                    return true;
                }
            }
            return false;
        }).orElse(true);
    }
}
