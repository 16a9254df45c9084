package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.Map;

/**
 * The image's own labels say it was built from, or versioned as, a moving tag ("latest" or no
 * tag at all). Dockle only looked at the name typed on the command line; the labels travel with
 * the image, so this works for archives too.
 */
public final class LatestTagLabels implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI017", Domain.IMAGE, "Image labels name a 'latest' tag", Severity.LOW)
            .dockle("DKL-DI-0006")
            .why("A base or version of 'latest' cannot be reproduced or audited later: nobody knows which image it was.")
            .fix("Build FROM a pinned tag (and digest), and label the image with its real version.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (Map.Entry<String, String> label : image.config().labels().entrySet()) {
            String key = label.getKey();
            String value = label.getValue().strip();
            boolean movingBase = key.equals("org.opencontainers.image.base.name") && !value.isEmpty()
                    && !value.contains("@") && (value.endsWith(":latest") || !hasTag(value));
            boolean latestVersion = (key.equals("org.opencontainers.image.version") || key.equals("version"))
                    && value.equalsIgnoreCase("latest");
            if (movingBase || latestVersion) {
                out.report(INFO, image.configField("config.Labels[" + key + "]"), key + " is '" + value + "'");
            }
        }
        for (String tag : image.image().tags()) {
            if (tag.endsWith(":latest")) {
                out.report(INFO, image.configField("RepoTags"), "the archive tags the image as '" + tag + "'");
            }
        }
    }

    private static boolean hasTag(String reference) {
        int slash = reference.lastIndexOf('/');
        return reference.indexOf(':', slash + 1) > 0;
    }
}
