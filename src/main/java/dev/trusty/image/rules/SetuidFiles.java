package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;
import dev.trusty.image.layers.FileEntry;

import java.util.Set;

/**
 * Setuid/setgid files, split in two: the usual ones of a distribution (passwd, su, mount...),
 * listed as information, and the unusual ones (anything else: an application binary, a copied
 * shell), which deserve a look.
 */
public final class SetuidFiles implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI008", Domain.IMAGE, "Setuid/setgid file", Severity.INFO)
            .dockle("CIS-DI-0008").cis("4.8").cwe(250)
            .why("A setuid or setgid program runs with its owner's rights; each one is a way to escalate inside the container.")
            .fix("Remove the bits where not needed: RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +");

    static final RuleInfo UNUSUAL = RuleInfo.of("TI009", Domain.IMAGE, "Unusual setuid/setgid file", Severity.MEDIUM)
            .dockle("CIS-DI-0008").cis("4.8").cwe(250)
            .why("This program is not one a distribution usually ships setuid: a copied shell or an application made setuid gives root to anyone who runs it.")
            .fix("Remove the setuid/setgid bit (chmod u-s,g-s FILE) or the file.");

    /** Programs distributions ship with setuid/setgid on purpose. */
    static final Set<String> USUAL = Set.of("passwd", "su", "sudo", "mount", "umount", "ping", "ping6", "chsh",
            "chfn", "newgrp", "gpasswd", "chage", "expiry", "unix_chkpwd", "ssh-agent", "wall", "write", "crontab",
            "at", "pkexec", "newuidmap", "newgidmap", "fusermount", "fusermount3", "ssh-keysign", "dbus-daemon-launch-helper",
            "polkit-agent-helper-1", "Xorg.wrap", "staprun", "pam_timestamp_check", "userhelper", "bsd-write",
            "dotlockfile", "mlocate", "plocate", "locate", "sg", "traceroute6.iputils", "arping", "utempter", "ntfs-3g");

    /** The rule for unusual setuid files, which shares this check's pass over the entries. */
    public static final class Unusual implements Rule<ImageModel> {
        @Override
        public RuleInfo info() {
            return UNUSUAL;
        }

        @Override
        public void check(ImageModel image, FindingSink out) {
            report(image, out, false);
        }
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        report(image, out, true);
    }

    private static void report(ImageModel image, FindingSink out, boolean usual) {
        for (FileEntry e : image.fs().notable()) {
            if (e.isDirectory() || !e.hasAny(FileEntry.SETUID | FileEntry.SETGID)) {
                continue;
            }
            boolean known = USUAL.contains(e.name()) && e.uid() == 0
                    && e.path().matches("(?:usr/)?(?:s?bin|lib\\w*|libexec)/.*");
            if (known == usual) {
                String bits = e.hasAny(FileEntry.SETUID) && e.hasAny(FileEntry.SETGID) ? "setuid and setgid"
                        : e.hasAny(FileEntry.SETUID) ? "setuid" : "setgid";
                out.report(usual ? INFO : UNUSUAL, image.at(e), e.absolutePath() + " is " + bits + " (" + e.modeString()
                        + ", owner " + e.uid() + ":" + e.gid() + ")" + (usual ? "" : ": not a program distributions ship this way"));
            }
        }
    }
}
