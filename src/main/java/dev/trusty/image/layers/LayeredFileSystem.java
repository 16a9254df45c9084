package dev.trusty.image.layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The image's final filesystem as the layers build it, with every file's history: which layer
 * added it and, when it is gone from the final image, which later layer deleted or replaced it.
 * Deleted files are still in the image's lower layer, so secret checks look at all of them.
 */
public final class LayeredFileSystem {
    private final List<LayerResult> layers;

    public LayeredFileSystem(List<LayerResult> layersBottomUp) {
        this.layers = List.copyOf(layersBottomUp);
    }

    /** A file (or an analyzer's result for it) and, if it is gone from the final image, the layer that removed it. */
    public record Located<R>(FileEntry entry, R value, int removedInLayer) {
        public boolean present() {
            return removedInLayer < 0;
        }
    }

    public List<LayerResult> layers() {
        return layers;
    }

    /** The index of the layer that deletes or replaces this entry, or -1 when it is in the final image. */
    public int removedIn(FileEntry entry) {
        for (int j = entry.layer() + 1; j < layers.size(); j++) {
            if (hides(layers.get(j), entry.path())) {
                return j;
            }
        }
        return -1;
    }

    public boolean isPresent(FileEntry entry) {
        return removedIn(entry) < 0;
    }

    private static boolean hides(LayerResult upper, String path) {
        if (upper.holds(path) || upper.whiteouts().contains(path)) {
            return true;
        }
        if (upper.opaqueDirs().contains("")) {
            return true;
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String ancestor = path.substring(0, slash);
            if (upper.whiteouts().contains(ancestor) || upper.opaqueDirs().contains(ancestor)
                    || upper.nonDirectories().contains(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Notable entries (see the scanner's predicate) that are in the final image, by path. */
    public List<FileEntry> notable() {
        List<FileEntry> out = new ArrayList<>();
        for (LayerResult layer : layers) {
            for (FileEntry e : layer.notable()) {
                if (isPresent(e)) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing(FileEntry::path));
        return out;
    }

    /** Every result of {@code analyzer}, in every layer, present or not. */
    @SuppressWarnings("unchecked")
    public <R> List<Located<R>> results(FileAnalyzer<R> analyzer) {
        List<Located<R>> out = new ArrayList<>();
        for (LayerResult layer : layers) {
            for (FileResult<?> r : layer.results()) {
                if (r.analyzer() == analyzer) {
                    out.add(new Located<>(r.entry(), (R) r.value(), removedIn(r.entry())));
                }
            }
        }
        return out;
    }

    /** The analyzer's result for the final version of {@code absolutePath}, if that file is in the image. */
    public <R> Optional<R> finalResult(FileAnalyzer<R> analyzer, String absolutePath) {
        String path = TarPaths.normalise(absolutePath);
        Located<R> last = null;
        for (Located<R> r : results(analyzer)) {
            if (r.entry().path().equals(path) && r.present()) {
                last = r;
            }
        }
        return Optional.ofNullable(last).map(Located::value);
    }

    /** Owner groups of every layer, with examples filtered to files still in the final image. */
    public List<OwnedFiles> owners() {
        List<OwnedFiles> out = new ArrayList<>();
        for (LayerResult layer : layers) {
            layer.owners().forEach((owner, group) -> {
                List<FileEntry> present = group.examples().stream().filter(this::isPresent).toList();
                if (!present.isEmpty()) {
                    out.add(new OwnedFiles(owner.uid(), owner.gid(), layer.index(), group.count(), present));
                }
            });
        }
        out.sort(Comparator.comparingInt(OwnedFiles::layer).thenComparingLong(OwnedFiles::uid)
                .thenComparingLong(OwnedFiles::gid));
        return out;
    }

    /** Files of one layer owned by {@code uid:gid}: how many, and examples still in the image. */
    public record OwnedFiles(long uid, long gid, int layer, int count, List<FileEntry> examples) {
    }
}
