package dev.trusty.host.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.host.facts.HostFacts;

import java.util.List;

/**
 * The seam for CIS section 5 (5.2–5.32): the container rules, applied to every container's inspect
 * JSON, folded into bench entries (one per CIS id, items = the containers it flagged, PASS when none).
 * The container-audit package provides the implementation; until it is wired, the bench says so.
 */
@FunctionalInterface
public interface ContainerSection {

    /**
     * @param containers inspect JSON of the containers selected for the bench (all states)
     * @param facts      the host facts, for daemon-wide settings that change a container result
     *                   (e.g. a daemon-wide no-new-privileges satisfies 5.26)
     */
    List<BenchEntry> audit(List<JsonNode> containers, HostFacts facts);

    /** No container rules wired: section 5 beyond 5.1 is absent and the bench adds a note. */
    ContainerSection NOT_WIRED = (containers, facts) -> List.of();
}
