package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;

import java.util.List;

final class LintTestSupport {
    private LintTestSupport() {
    }

    static List<Finding> lint(String text) {
        return lint(LintOptions.defaults(), text);
    }

    static List<Finding> lint(LintOptions options, String text) {
        return new DockerfileLinter(options).lint("Dockerfile", text).report().findings();
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    /** "TD008@3" for each finding. */
    static List<String> at(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + ((Location.File) f.location()).line()).toList();
    }

    static LintOptions unused() {
        return new LintOptions(Policy.defaults(), dev.trusty.dockerfile.rules.LintSettings.DEFAULTS,
                LintOptions.ShellCheckMode.NEVER, true);
    }
}
