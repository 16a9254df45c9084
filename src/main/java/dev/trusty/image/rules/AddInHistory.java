package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

/**
 * ADD was used where COPY would do. The first ADD of a local file at the bottom of the history
 * is the base image's root filesystem, which is how base images are made, so it is excused.
 */
public final class AddInHistory implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI003", Domain.IMAGE, "ADD used instead of COPY", Severity.LOW)
            .dockle("CIS-DI-0009").cis("4.9")
            .why("ADD also fetches URLs and unpacks archives, so it can bring in content nobody reviewed; COPY does only what it says.")
            .fix("Use COPY for local files; download with a checksum-verified RUN curl, or ADD --checksum=sha256:…");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        boolean first = true;
        for (History.Step step : History.steps(image)) {
            if (!step.instruction().keyword().equals("ADD")) {
                continue;
            }
            String args = step.instruction().arguments();
            boolean url = args.matches("(?s).*\\b(?:https?|ftp)://.*");
            if (first && !url && args.matches("(?s)(?:--\\S+\\s+)*\\S+\\s+/\\s*")) {
                first = false;
                continue; // the base image's root filesystem
            }
            first = false;
            out.report(INFO, History.at(image, step.entry()), (url ? "ADD fetches a URL: " : "ADD used: ")
                    + History.shorten(step.instruction().text()));
        }
    }
}
