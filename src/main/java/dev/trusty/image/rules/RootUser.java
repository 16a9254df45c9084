package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

/** Containers from this image run as root: no USER, or a USER that is uid 0 under any spelling. */
public final class RootUser implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI001", Domain.IMAGE, "Image runs as root", Severity.MEDIUM)
            .dockle("CIS-DI-0001").cis("4.1").cwe(250)
            .why("A process running as root in a container is root on the host's kernel: any escape or mounted path is fully exposed.")
            .fix("Add a non-root user and switch to it: RUN useradd -r app && USER app (or USER 10001:10001).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        String user = image.config().user().strip();
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        if (user.isEmpty()) {
            out.report(INFO, image.configField("config.User"), "no USER is set, so containers run as root");
        } else if (name.equals("root") || name.equals("0")) {
            out.report(INFO, image.configField("config.User"), "USER is '" + user + "', which is root");
        } else if (!name.matches("\\d+") && Long.valueOf(0).equals(image.accounts().usersByName().get(name))) {
            out.report(INFO, image.configField("config.User"),
                    "USER '" + user + "' has uid 0 in /etc/passwd, so it is root under another name");
        }
    }
}
