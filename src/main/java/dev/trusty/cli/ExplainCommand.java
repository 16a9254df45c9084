package dev.trusty.cli;

import dev.trusty.core.InputException;
import dev.trusty.core.RuleInfo;
import dev.trusty.report.RuleCatalogFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints one rule's full text. An alias shared by several rules (a CIS section, a CWE) prints them all. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: why it matters, how to fix it, and its references. ID may be any alias (DL3008, CIS-5.4, DS002...).")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", description = "A rule id or alias.")
    String id;

    @Override
    public Integer call() {
        List<RuleInfo> rules = Catalog.get().lookup(id);
        if (rules.isEmpty()) {
            throw new InputException("no rule is known as '" + id + "' (run 'trusty rules' to list them)");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.print(RuleCatalogFormatter.explain(rules.get(i)));
        }
        out.flush();
        return 0;
    }
}
