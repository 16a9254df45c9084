package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;
import dev.trusty.image.layers.FileEntry;

/** Build leftovers that have no business in a runtime image: VCS and IDE directories, Dockerfiles, shell histories. */
public final class NeedlessFiles implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI021", Domain.IMAGE, "Build leftover in the image", Severity.INFO)
            .dockle("DKL-LI-0003")
            .why("Repository metadata, editor settings and shell histories can reveal source, internal hosts and typed secrets.")
            .fix("Add them to .dockerignore, or COPY only what the application needs.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (FileEntry e : image.fs().notable()) {
            if (e.hasAny(FileEntry.SETUID | FileEntry.SETGID | FileEntry.OTHER_WRITE)
                    || dev.trusty.image.NotableEntries.cacheDir(e.path()) != null) {
                continue; // notable for another rule
            }
            if (parentAlsoReported(image, e)) {
                continue;
            }
            out.report(INFO, image.at(e), e.absolutePath() + (e.isDirectory() ? "/ (directory)" : "") + " should not ship in the image");
        }
    }

    /** A .git inside a reported .git directory is not a second finding. */
    private static boolean parentAlsoReported(ImageModel image, FileEntry e) {
        for (FileEntry other : image.fs().notable()) {
            if (other != e && other.isDirectory() && e.path().startsWith(other.path() + "/")) {
                return true;
            }
        }
        return false;
    }
}
