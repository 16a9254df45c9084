package dev.trusty.core;

/**
 * Where a finding is. Every kind names the target it belongs to (for grouping in reports) and
 * renders itself as one line for text output.
 */
public sealed interface Location
        permits Location.File, Location.ImagePath, Location.ContainerField, Location.Host {

    /** The target this location belongs to: a file path, an image name, a container name, "host". */
    String target();

    /** One-line human form, e.g. {@code Dockerfile:3:5} or {@code nginx:1.27 /etc/shadow (layer 2)}. */
    String describe();

    /**
     * A range in a text file; lines and columns are 1-based, the end column is exclusive.
     * A whole-line finding may use column 1 and endColumn 0 (meaning "to the end of the line").
     */
    record File(String path, int line, int column, int endLine, int endColumn) implements Location {

        public static File at(String path, int line, int column) {
            return new File(path, line, column, line, 0);
        }

        public static File line(String path, int line) {
            return new File(path, line, 1, line, 0);
        }

        /** The whole file, for findings about something missing from it. */
        public static File whole(String path) {
            return new File(path, 0, 0, 0, 0);
        }

        public boolean hasPosition() {
            return line > 0;
        }

        @Override
        public String target() {
            return path;
        }

        @Override
        public String describe() {
            if (!hasPosition()) {
                return path;
            }
            return column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
        }
    }

    /** A file inside an image, with the layer that added it (index from the bottom and digest). */
    record ImagePath(String image, String path, int layerIndex, String layerDigest) implements Location {

        /** For findings about the image config rather than a file. */
        public static ImagePath config(String image, String field) {
            return new ImagePath(image, field, -1, null);
        }

        @Override
        public String target() {
            return image;
        }

        @Override
        public String describe() {
            if (layerIndex < 0) {
                return image + " " + path;
            }
            String layer = layerDigest == null ? "layer " + layerIndex
                    : "layer " + layerIndex + " " + shortDigest(layerDigest);
            return image + " " + path + " (" + layer + ")";
        }

        private static String shortDigest(String digest) {
            int colon = digest.indexOf(':');
            String hex = colon < 0 ? digest : digest.substring(colon + 1);
            return hex.length() > 12 ? hex.substring(0, 12) : hex;
        }
    }

    /**
     * A setting of a container. {@code field} names the setting the way its source does
     * ({@code HostConfig.Privileged}, {@code services.web.privileged}, {@code --privileged});
     * {@code source} points into the file or command line it came from, when there is one.
     */
    record ContainerField(String container, String field, File source) implements Location {

        @Override
        public String target() {
            return source != null ? source.path() : container;
        }

        @Override
        public String describe() {
            String where = container + " " + field;
            return source != null && source.hasPosition() ? source.describe() + " (" + where + ")" : where;
        }
    }

    /** A fact about the Docker host: a file, a daemon setting, a command's output. */
    record Host(String subject, String detail) implements Location {

        @Override
        public String target() {
            return "host";
        }

        @Override
        public String describe() {
            return detail == null || detail.isEmpty() ? subject : subject + " (" + detail + ")";
        }
    }
}
