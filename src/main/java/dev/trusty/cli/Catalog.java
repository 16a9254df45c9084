package dev.trusty.cli;

import dev.trusty.container.rules.ContainerRules;
import dev.trusty.core.RuleCatalog;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.host.checks.HostChecks;
import dev.trusty.image.rules.ImageRules;
import dev.trusty.vuln.VulnFindings;

import java.util.ArrayList;
import java.util.List;

/** Every rule of every domain: the one list behind `trusty rules`, `explain` and docs/rules.md. */
final class Catalog {
    private static RuleCatalog catalog;

    private Catalog() {
    }

    static synchronized RuleCatalog get() {
        if (catalog == null) {
            List<RuleInfo> all = new ArrayList<>(DockerfileLinter.catalogue());
            ContainerRules.ALL.forEach(rule -> all.add(rule.info()));
            ImageRules.ALL.forEach(rule -> all.add(rule.info()));
            all.addAll(HostChecks.rules());
            all.addAll(VulnFindings.RULES);
            catalog = new RuleCatalog(all);
        }
        return catalog;
    }
}
