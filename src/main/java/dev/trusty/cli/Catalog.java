package dev.trusty.cli;

import dev.trusty.container.rules.ContainerRules;
import dev.trusty.core.RuleCatalog;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.core.RuleInfo;

import java.util.ArrayList;
import java.util.List;

/** Every rule of every domain: the one list behind `trusty rules`, `explain` and docs/rules.md. */
final class Catalog {
    private static RuleCatalog catalog;

    private Catalog() {
    }

    static synchronized RuleCatalog get() {
        if (catalog == null) {
            List<RuleInfo> all = new ArrayList<>();
            ContainerRules.ALL.forEach(rule -> all.add(rule.info()));
            all.addAll(DockerfileLinter.catalogue());
            catalog = new RuleCatalog(all);
        }
        return catalog;
    }
}
