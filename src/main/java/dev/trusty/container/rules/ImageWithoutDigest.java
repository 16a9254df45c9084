package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** A tag can be re-pushed; only a digest names exactly one image. */
final class ImageWithoutDigest implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC031", Domain.CONTAINER, "Image not pinned by digest", Severity.INFO)
            .cwe(1357)
            .why("Version tags are mutable in most registries; a digest guarantees the image that was reviewed "
                    + "is the one that runs.")
            .fix("Add the digest: image: nginx:1.27.2@sha256:<digest> (docker buildx imagetools inspect shows it).");

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
        boolean latest = ref.tag().isEmpty() || ref.tag().equals("latest");
        if (ref.digest().isEmpty() && !latest) {
            out.report(INFO, image.at(), "image " + image.value() + " is not pinned by digest; fix: append @sha256:<digest>");
        }
    }
}
