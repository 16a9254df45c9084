package dev.trusty.cli;

import dev.trusty.core.Domain;
import dev.trusty.core.InputException;
import dev.trusty.core.RuleCatalog;
import dev.trusty.core.RuleInfo;
import dev.trusty.report.RuleCatalogFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Lists the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule with its id, severity, aliases (DL, CIS, Trivy, Dockle, CWE ids) and title.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--domain", paramLabel = "DOMAIN",
            description = "Only rules of one domain: dockerfile, image, container, host or vulnerability.")
    String domain;

    @Override
    public Integer call() {
        RuleCatalog catalog = Catalog.get();
        if (domain != null) {
            Domain wanted = parseDomain(domain);
            List<RuleInfo> some = catalog.all().stream().filter(r -> r.domain() == wanted).toList();
            catalog = new RuleCatalog(some);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            RuleCatalogFormatter.write(format, catalog, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static Domain parseDomain(String name) {
        for (Domain d : Domain.values()) {
            if (d.label().equals(name.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new InputException("unknown domain '" + name + "' (expected dockerfile, image, container, host or vulnerability)");
    }
}
