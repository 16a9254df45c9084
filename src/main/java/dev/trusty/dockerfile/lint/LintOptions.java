package dev.trusty.dockerfile.lint;

import dev.trusty.core.Policy;
import dev.trusty.dockerfile.rules.LintSettings;

/**
 * How to lint: the policy (ignores, severities, threshold), the rule settings, whether to run
 * ShellCheck, and whether to report ignores that matched nothing.
 */
public record LintOptions(Policy policy, LintSettings settings, ShellCheckMode shellcheck, boolean reportUnusedIgnores) {

    public enum ShellCheckMode {
        /** Run ShellCheck when it is on PATH. */
        AUTO,
        /** Require ShellCheck; fail when it is missing. */
        ALWAYS,
        NEVER;

        public static ShellCheckMode parse(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> AUTO;
                case "always" -> ALWAYS;
                case "never" -> NEVER;
                default -> throw new dev.trusty.core.InputException(
                        "--shellcheck: unknown mode '" + text + "' (expected auto, always or never)");
            };
        }
    }

    public static LintOptions defaults() {
        return new LintOptions(Policy.defaults(), LintSettings.DEFAULTS, ShellCheckMode.NEVER, false);
    }

    public LintOptions withShellcheck(ShellCheckMode mode) {
        return new LintOptions(policy, settings, mode, reportUnusedIgnores);
    }

    public LintOptions withReportUnusedIgnores(boolean on) {
        return new LintOptions(policy, settings, shellcheck, on);
    }

    public LintOptions withSettings(LintSettings newSettings) {
        return new LintOptions(policy, newSettings, shellcheck, reportUnusedIgnores);
    }
}
