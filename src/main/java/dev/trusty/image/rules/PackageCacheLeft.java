package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;
import dev.trusty.image.NotableEntries;
import dev.trusty.image.layers.FileEntry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Package-manager caches are still in the final image. Judged on the files themselves, not on
 * the commands in the history (Dockle's way), so it also catches caches left by scripts and
 * passes images that cleaned up in some other way.
 */
public final class PackageCacheLeft implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI007", Domain.IMAGE, "Package-manager cache left in the image", Severity.LOW)
            .dockle("DKL-DI-0005").dockle("DKL-DI-0004")
            .why("Package indexes and downloaded packages add size and stale data to every container, and nothing uses them at run time.")
            .fix("Clean in the same RUN that installs: rm -rf /var/lib/apt/lists/*, apk add --no-cache, dnf clean all, pip --no-cache-dir.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        Map<String, long[]> byDir = new LinkedHashMap<>();
        Map<String, FileEntry> example = new LinkedHashMap<>();
        for (FileEntry e : image.fs().notable()) {
            String dir = e.isRegularFile() ? NotableEntries.cacheDir(e.path()) : null;
            if (dir != null) {
                long[] stats = byDir.computeIfAbsent(dir, d -> new long[2]);
                stats[0]++;
                stats[1] += e.size();
                example.putIfAbsent(dir, e);
            }
        }
        byDir.forEach((dir, stats) -> {
            FileEntry first = example.get(dir);
            out.report(INFO, image.atLayer(first.layer(), "/" + dir), "/" + dir + " holds " + stats[0] + " file(s), "
                    + human(stats[1]) + " (e.g. " + first.absolutePath() + ")");
        });
    }

    static String human(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes >= 1024 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
