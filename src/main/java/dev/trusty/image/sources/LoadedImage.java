package dev.trusty.image.sources;

import dev.trusty.image.layers.LayerResult;

import java.util.List;

/**
 * An image read from an archive, layout or stream: its config and what the layer pass kept.
 *
 * @param name         how reports name it: a repo tag, else the archive's name
 * @param configDigest the config's sha256, which is the image id
 * @param layers       bottom-up, as the manifest lists them (blob digests verified)
 */
public record LoadedImage(String name, String source, String configDigest, ImageConfig config,
                          List<LayerResult> layers, List<String> tags) {
}
