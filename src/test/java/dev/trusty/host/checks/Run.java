package dev.trusty.host.checks;

import dev.trusty.host.facts.HostFacts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Runs every host check over facts and keys the results by bench id. */
final class Run {
    private Run() {
    }

    static Map<String, CheckResult> all(HostFacts facts) {
        Map<String, CheckResult> results = new LinkedHashMap<>();
        for (HostCheck check : HostChecks.ALL) {
            results.put(check.benchId(), check.evaluate(facts));
        }
        return results;
    }

    static Result result(Map<String, CheckResult> results, String id) {
        return results.get(id).result();
    }
}
