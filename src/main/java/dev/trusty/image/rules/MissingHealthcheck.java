package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

/** The image has no HEALTHCHECK (an explicit HEALTHCHECK NONE is a choice and passes). */
public final class MissingHealthcheck implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI002", Domain.IMAGE, "No HEALTHCHECK", Severity.LOW)
            .dockle("CIS-DI-0006").cis("4.6")
            .why("Without a health check the engine and orchestrators only know whether the process runs, not whether it serves.")
            .fix("Add HEALTHCHECK CMD <a cheap probe> (or HEALTHCHECK NONE to state that none is wanted).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        if (image.config().healthcheck() == null) {
            out.report(INFO, image.configField("config.Healthcheck"), "the image defines no HEALTHCHECK");
        }
    }
}
