package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;
import dev.trusty.image.layers.FileEntry;

/** Files anyone may write, and directories anyone may write without the sticky bit (like /tmp has). */
public final class WorldWritable implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI010", Domain.IMAGE, "World-writable file or directory without sticky bit",
                    Severity.MEDIUM)
            .cwe(732)
            .why("Any user in the container can change a world-writable file, or replace files in such a directory: a program or config there can be swapped.")
            .fix("chmod o-w the path, or chmod +t a shared directory so users can only remove their own files.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Past this many, one summary finding replaces the rest (a chmod -R 777 would flood the report). */
    static final int LIMIT = 50;

    @Override
    public void check(ImageModel image, FindingSink out) {
        int reported = 0;
        FileEntry firstUnreported = null;
        int more = 0;
        for (FileEntry e : image.fs().notable()) {
            if (!e.hasAny(FileEntry.OTHER_WRITE) || e.type() == FileEntry.Type.SYMLINK
                    || e.type() == FileEntry.Type.CHAR_DEVICE || e.type() == FileEntry.Type.BLOCK_DEVICE) {
                continue;
            }
            if (e.isDirectory() && e.hasAny(FileEntry.STICKY)) {
                continue;
            }
            if (reported++ >= LIMIT) {
                more++;
                firstUnreported = firstUnreported == null ? e : firstUnreported;
                continue;
            }
            out.report(INFO, image.at(e), e.absolutePath() + " is world-writable (" + e.modeString() + ")"
                    + (e.isDirectory() ? " and has no sticky bit" : ""));
        }
        if (more > 0) {
            out.report(INFO, image.at(firstUnreported), more + " more world-writable files or directories, from "
                    + firstUnreported.absolutePath() + " on");
        }
    }
}
