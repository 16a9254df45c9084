package dev.trusty.image.history;

import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.lint.DockerfileConfig;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import dev.trusty.image.ImageModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the Dockerfile rules over an image's history: the history is written back as a Dockerfile
 * ({@link SyntheticDockerfile}), linted, and each finding of a rule {@link HistoryRuleSelection}
 * keeps becomes an image finding of the same rule (so its hadolint/Trivy aliases work) at the
 * history entry, in the layer that entry created. Secrets in the instruction are masked in what
 * the finding shows ({@link Redaction}).
 *
 * <p>Each kept rule is an image rule of its own ({@link #addTo}), so it is listed among the rules
 * checked and the user's policy ignores it or changes its severity like any other. The lint
 * itself runs once per image, for the first of those rules that the policy lets run.
 */
public final class HistoryLint {
    private final LintOptions options;
    private ImageModel lintedImage;
    private List<Finding> findings;

    private HistoryLint(Policy policy) {
        // The user's policy is applied to the image findings; here every rule must speak.
        this.options = new LintOptions(Policy.defaults(), DockerfileConfig.settings(policy.config()),
                LintOptions.ShellCheckMode.NEVER, false);
    }

    /**
     * {@code imageRules} followed by one rule per Dockerfile rule kept for history. Call once per
     * image: the returned rules share that image's lint.
     */
    public static <R extends Rule<ImageModel>> List<Rule<ImageModel>> addTo(List<R> imageRules, Policy policy) {
        HistoryLint lint = new HistoryLint(policy);
        List<Rule<ImageModel>> all = new ArrayList<>(imageRules);
        for (RuleInfo info : DockerfileLinter.catalogue()) {
            if (HistoryRuleSelection.kept(info.id())) {
                all.add(lint.new OnHistory(info));
            }
        }
        return all;
    }

    /** The image findings of every kept rule, for this image (computed once). */
    List<Finding> findings(ImageModel image) {
        if (lintedImage != image) {
            findings = lint(image);
            lintedImage = image;
        }
        return findings;
    }

    private List<Finding> lint(ImageModel image) {
        SyntheticDockerfile dockerfile = SyntheticDockerfile.of(image.config().history());
        if (dockerfile.entries().isEmpty()) {
            return List.of();
        }
        String name = image.name() + " history";
        List<Finding> out = new ArrayList<>();
        Map<SyntheticDockerfile.Step, Redaction> redactions = new HashMap<>();
        for (Finding f : new DockerfileLinter(options).lint(name, dockerfile.text()).report().findings()) {
            if (!HistoryRuleSelection.kept(f.ruleId()) || !(f.location() instanceof Location.File file)) {
                continue;
            }
            SyntheticDockerfile.Step step = dockerfile.at(file.line());
            if (step != null) {
                Redaction redaction = redactions.computeIfAbsent(step,
                        s -> Redaction.of(image.secretScanner(), s.instruction()));
                String entry = "history[" + step.entry().index() + "]";
                String what = redaction.hidesAll() ? step.instruction().keyword() + " (holds a secret: see TI014)"
                        : shortForm(redaction.apply(oneLine(step.instruction().text())));
                String message = redaction.hidesAll() ? f.rule().title() : redaction.apply(f.message());
                out.add(Finding.of(f.rule(), at(image, step, entry + " " + what), entry + ": " + message));
            }
        }
        return out;
    }

    /** The history entry, in the layer it created; entries that made no layer point at the config. */
    static Location.ImagePath at(ImageModel image, SyntheticDockerfile.Step step, String what) {
        int layer = step.entry().layer();
        return layer < 0 ? Location.ImagePath.config(image.name(), what)
                : new Location.ImagePath(image.name(), what, layer, image.layerDigest(layer));
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** At most 80 characters, enough to recognise the instruction. */
    static String shortForm(String oneLine) {
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }

    /** A kept Dockerfile rule as an image rule: reports this rule's share of the history lint. */
    private final class OnHistory implements Rule<ImageModel> {
        private final RuleInfo info;

        OnHistory(RuleInfo info) {
            this.info = info;
        }

        @Override
        public RuleInfo info() {
            return info;
        }

        @Override
        public void check(ImageModel image, FindingSink out) {
            for (Finding f : findings(image)) {
                if (f.ruleId().equals(info.id())) {
                    out.accept(f);
                }
            }
        }
    }
}
