package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.Accounts;
import dev.trusty.image.ImageModel;
import dev.trusty.image.layers.FileEntry;
import dev.trusty.image.layers.LayeredFileSystem;

import java.util.stream.Collectors;

/**
 * Files owned by a uid or gid that the image's /etc/passwd or /etc/group does not know (files
 * copied with the builder's ids). Whoever is later created with that id owns them.
 */
public final class UnknownOwner implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI011", Domain.IMAGE, "Files owned by no known user or group", Severity.LOW)
            .cwe(282)
            .why("An id with no account is usually the build machine's user; a user added later with that id silently owns the files.")
            .fix("Set ownership explicitly: COPY --chown=app:app, or chown to an account the image defines.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        Accounts accounts = image.accounts();
        for (LayeredFileSystem.OwnedFiles owned : image.fs().owners()) {
            boolean userUnknown = owned.uid() != 0 && !accounts.usersById().containsKey(owned.uid());
            boolean groupUnknown = owned.gid() != 0 && !accounts.groupsById().containsKey(owned.gid());
            if (!userUnknown && !groupUnknown) {
                continue;
            }
            FileEntry first = owned.examples().get(0);
            String who = userUnknown && groupUnknown ? "uid " + owned.uid() + " and gid " + owned.gid()
                    : userUnknown ? "uid " + owned.uid() : "gid " + owned.gid();
            String examples = owned.examples().stream().map(FileEntry::absolutePath).collect(Collectors.joining(", "));
            out.report(INFO, image.at(first), owned.count() + " file(s) of layer " + owned.layer() + " are owned by " + who
                    + ", which " + (accounts.hasPasswd() ? "the image's account files do not define" : "has no account (the image has no /etc/passwd)")
                    + ": " + examples);
        }
    }
}
