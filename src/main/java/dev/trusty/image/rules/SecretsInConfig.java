package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Location;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.HistoryInstruction;
import dev.trusty.image.ImageModel;
import dev.trusty.image.secrets.Checks;
import dev.trusty.image.secrets.Detectors;
import dev.trusty.image.secrets.SecretHit;
import dev.trusty.image.sources.ImageConfig;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Secrets in the image config: ENV values, labels, and history (build args and commands show up
 * there verbatim). Variable names count only as whole words (DB_PASSWORD yes; GPG_KEY, MONKEY,
 * ACCESS_LOG no), and values are never printed.
 */
public final class SecretsInConfig implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI014", Domain.IMAGE, "Secret in ENV, labels or build history", Severity.HIGH)
            .dockle("CIS-DI-0010").cis("4.10").cwe(798)
            .why("The config and history travel with the image and show in 'docker inspect' and 'docker history' for anyone who has it.")
            .fix("Pass secrets at run time (an orchestrator secret, a mounted file) or with build secrets, never with ENV, ARG or LABEL; rotate the leaked one.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        Set<String> reported = new HashSet<>();
        ImageConfig config = image.config();
        for (String env : config.env()) {
            int eq = env.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = env.substring(0, eq);
            String value = env.substring(eq + 1);
            Location where = image.configField("config.Env[" + name + "]");
            scanText(image, out, value, where, "ENV " + name, reported);
            if (Detectors.secretName(name) && !Checks.placeholder(value) && reported.add(fingerprint(value))) {
                out.report(INFO, where, "ENV " + name + " holds a value (" + value.length()
                        + " chars) that its name says is a secret");
            }
        }
        for (Map.Entry<String, String> label : config.labels().entrySet()) {
            scanText(image, out, label.getValue(), image.configField("config.Labels[" + label.getKey() + "]"),
                    "LABEL " + label.getKey(), reported);
        }
        for (ImageConfig.HistoryEntry h : config.history()) {
            Location where = History.at(image, h);
            java.util.List<String> assignments = new java.util.ArrayList<>(HistoryInstruction.buildArgs(h.createdBy()));
            HistoryInstruction.parse(h.createdBy())
                    .filter(i -> i.keyword().equals("ENV") || i.keyword().equals("ARG"))
                    .ifPresent(i -> HistoryInstruction.commands(i.arguments()).forEach(assignments::addAll));
            for (String arg : assignments) {
                int eq = arg.indexOf('=');
                String name = eq > 0 ? arg.substring(0, eq) : arg;
                String value = eq > 0 ? arg.substring(eq + 1) : "";
                if (Detectors.secretName(name) && !Checks.placeholder(value) && reported.add(fingerprint(value))) {
                    out.report(INFO, where, name + " (" + value.length()
                            + " chars) is recorded in the image history, where anyone with the image can read it");
                }
            }
            scanText(image, out, h.createdBy(), where, "history[" + h.index() + "]", reported);
        }
    }

    private static void scanText(ImageModel image, FindingSink out, String text, Location where, String what,
                                 Set<String> reported) {
        for (SecretHit hit : image.secretScanner().scan(text, false)) {
            if (reported.add(hit.fingerprint())) {
                Severity severity = hit.severity();
                out.accept(new Finding(INFO, severity, hit.describe() + " in " + what + ": " + hit.excerpt(), where, null));
            }
        }
    }

    private static String fingerprint(String value) {
        return dev.trusty.image.secrets.SecretScanner.fingerprintOf(value);
    }
}
