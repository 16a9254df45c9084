package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** An image by 'latest' (or no tag) runs whatever was pushed last. */
final class ImageLatest implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC030", Domain.CONTAINER, "Image uses 'latest' or no tag", Severity.MEDIUM)
            .trivy("KSV013").cwe(1357)
            .why("'latest' moves: a restart can silently bring in a different, untested or compromised image, "
                    + "and nobody can tell which version is running.")
            .fix("Pin a version tag, and a digest for production: image: nginx:1.27.2@sha256:...");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<String> image = spec.image();
        if (image == null || !ImageReference.judgeable(image.value())) {
            return;
        }
        ImageReference ref = ImageReference.parse(image.value());
        if (ref.digest().isEmpty() && (ref.tag().isEmpty() || ref.tag().equals("latest"))) {
            String what = ref.tag().isEmpty() ? "image " + image.value() + " has no tag (means latest)"
                    : "image " + image.value() + " uses the latest tag";
            out.report(INFO, image.at(), Hints.withFix(what, spec, "pin image: " + ref.repository() + ":<version>",
                    "pin " + ref.repository() + ":<version>", "pin image: " + ref.repository() + ":<version>"));
        }
    }
}
