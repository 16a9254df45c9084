package dev.trusty.host.bench;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Reference;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.host.checks.CheckResult;
import dev.trusty.host.checks.Evidence;
import dev.trusty.host.checks.Result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds container-rule findings into section 5 of the bench: one entry per CIS id that a container
 * rule carries (5.2 … 5.32), its items the containers (and fields) flagged. A rule that flagged
 * nothing still gets its line, as PASS, so the bench lists every check. Findings of severity INFO
 * give an INFO line (Docker Bench reports 5.18 devices and 5.19 ulimits as INFO), others WARN.
 */
public final class ContainerResults {
    private ContainerResults() {
    }

    /**
     * @param rules          every container rule that ran (their CIS aliases name the bench lines)
     * @param findings       what they reported over the selected containers
     * @param containerCount how many containers were audited (0 gives INFO "no containers")
     */
    public static List<BenchEntry> fold(List<RuleInfo> rules, List<Finding> findings, int containerCount) {
        Map<String, RuleInfo> lineRule = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            for (String id : cisIds(rule)) {
                lineRule.putIfAbsent(id, rule);
            }
        }
        Map<String, List<Finding>> byLine = new LinkedHashMap<>();
        for (Finding f : findings) {
            for (String id : cisIds(f.rule())) {
                byLine.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
                lineRule.putIfAbsent(id, f.rule());
            }
        }
        List<BenchEntry> entries = new ArrayList<>();
        lineRule.forEach((id, rule) -> {
            List<Finding> flagged = byLine.getOrDefault(id, List.of());
            CheckResult result;
            if (containerCount == 0) {
                result = CheckResult.info("no containers");
            } else if (flagged.isEmpty()) {
                result = CheckResult.pass("no container flagged among " + containerCount);
            } else {
                List<Evidence> items = flagged.stream().map(ContainerResults::evidence).toList();
                boolean onlyInfo = flagged.stream().allMatch(f -> f.severity() == Severity.INFO);
                result = new CheckResult(onlyInfo ? Result.INFO : Result.WARN, flagged.get(0).message(), items);
            }
            entries.add(new BenchEntry(id, rule, 1, result));
        });
        return entries;
    }

    private static List<String> cisIds(RuleInfo rule) {
        return rule.references().stream()
                .filter(r -> r.kind() == Reference.Kind.CIS && r.id().startsWith("5."))
                .map(Reference::id).toList();
    }

    private static Evidence evidence(Finding f) {
        if (f.location() instanceof Location.ContainerField field) {
            return new Evidence(field.container(), field.field() + ": " + f.message());
        }
        return new Evidence(f.location().target(), f.location().describe() + ": " + f.message());
    }
}
