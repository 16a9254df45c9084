package dev.trusty.image.layers;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one streaming pass over a layer kept: the paths it holds (hashed), what it deletes, the
 * entries rules look at by metadata only, who owns its files, and the analyzers' results.
 *
 * @param blobDigest   sha256 of the blob as stored (compressed, when it is)
 * @param diffId       sha256 of the uncompressed tar when the blob is not compressed (it is then
 *                     the blob digest), else null: it is not computed for compressed blobs
 * @param whiteouts    paths this layer deletes from the layers below ({@code .wh.<name>})
 * @param opaqueDirs   directories whose lower content this layer hides ({@code .wh..wh..opq})
 * @param notable      entries matching the scanner's metadata predicate
 * @param owners       per {@code uid:gid} other than 0:0, how many entries and a few examples
 */
public record LayerResult(int index, String blobDigest, String diffId, Compression compression,
                          long uncompressedBytes, int entryCount, PathSet paths, PathSet nonDirectories,
                          Set<String> whiteouts, Set<String> opaqueDirs, List<FileEntry> notable,
                          Map<Owner, OwnerGroup> owners, List<FileResult<?>> results) {

    public record Owner(long uid, long gid) {
    }

    /** Entries of one owner in one layer: the count and the first few, as examples. */
    public record OwnerGroup(int count, List<FileEntry> examples) {
    }

    /**
     * The same layer at another position. The same blob can sit at several places in one image
     * (docker save stores one empty layer for all of them), and a streamed archive may deliver a
     * layer before the manifest that says where it goes.
     */
    public LayerResult atIndex(int newIndex) {
        if (newIndex == index) {
            return this;
        }
        Map<Owner, OwnerGroup> movedOwners = new java.util.HashMap<>();
        owners.forEach((o, g) -> movedOwners.put(o, new OwnerGroup(g.count(),
                g.examples().stream().map(e -> e.inLayer(newIndex)).toList())));
        List<FileResult<?>> movedResults = results.stream().<FileResult<?>>map(r -> r.inLayer(newIndex)).toList();
        return new LayerResult(newIndex, blobDigest, diffId, compression, uncompressedBytes, entryCount, paths,
                nonDirectories, whiteouts, opaqueDirs, notable.stream().map(e -> e.inLayer(newIndex)).toList(),
                Map.copyOf(movedOwners), movedResults);
    }

    boolean holds(String path) {
        return paths.contains(path);
    }
}
