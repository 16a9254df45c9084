package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.HashMap;
import java.util.Map;

/** Two accounts (or groups) share one numeric id, so they are the same account to the kernel. */
public final class DuplicateIds implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI020", Domain.IMAGE, "Duplicate UID or GID", Severity.MEDIUM)
            .dockle("DKL-LI-0002").cwe(286)
            .why("The kernel knows only ids: an account sharing uid 0, or another's uid, has all that account's rights under another name.")
            .fix("Give every account and group its own id (or remove the duplicate).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        check(image, out, "/etc/passwd", "uid");
        check(image, out, "/etc/group", "gid");
    }

    private static void check(ImageModel image, FindingSink out, String file, String kind) {
        image.finalText(file).ifPresent(text -> {
            Map<String, String> firstById = new HashMap<>();
            int line = 0;
            for (String l : text.split("\n")) {
                line++;
                String[] f = l.split(":", -1);
                if (l.startsWith("#") || f.length < 3 || f[2].isBlank()) {
                    continue;
                }
                String first = firstById.putIfAbsent(f[2].trim(), f[0]);
                if (first != null) {
                    out.report(INFO, image.configField(file + ":" + line), "'" + f[0] + "' has " + kind + " " + f[2].trim()
                            + ", like '" + first + "'");
                }
            }
        });
    }
}
