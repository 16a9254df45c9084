package dev.trusty.image.layers;

/**
 * One tar entry of a layer, as the final filesystem would hold it.
 *
 * @param path       normalised path without a leading slash ({@code etc/passwd}); the root is {@code ""}
 * @param type       what kind of node it is
 * @param mode       permission bits including setuid (04000), setgid (02000) and sticky (01000)
 * @param linkTarget the target of a symlink or hard link, else null
 * @param layer      index of the layer that holds this entry, from the bottom (0)
 */
public record FileEntry(String path, Type type, int mode, long uid, long gid, long size, String linkTarget,
                        int layer) {

    public enum Type { FILE, DIRECTORY, SYMLINK, HARDLINK, CHAR_DEVICE, BLOCK_DEVICE, FIFO }

    public static final int SETUID = 04000;
    public static final int SETGID = 02000;
    public static final int STICKY = 01000;
    public static final int OTHER_WRITE = 0002;

    public FileEntry inLayer(int newLayer) {
        return new FileEntry(path, type, mode, uid, gid, size, linkTarget, newLayer);
    }

    /** The path as users write it inside the image: {@code /etc/passwd}. */
    public String absolutePath() {
        return "/" + path;
    }

    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public boolean isRegularFile() {
        return type == Type.FILE;
    }

    public boolean isDirectory() {
        return type == Type.DIRECTORY;
    }

    public boolean hasAny(int bits) {
        return (mode & bits) != 0;
    }

    /** {@code rwsr-xr-x}-style text, as ls shows it. */
    public String modeString() {
        char[] out = "---------".toCharArray();
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                out[i] = letters.charAt(i);
            }
        }
        special(out, 2, SETUID, 's');
        special(out, 5, SETGID, 's');
        special(out, 8, STICKY, 't');
        char kind = switch (type) {
            case DIRECTORY -> 'd';
            case SYMLINK -> 'l';
            case CHAR_DEVICE -> 'c';
            case BLOCK_DEVICE -> 'b';
            case FIFO -> 'p';
            default -> '-';
        };
        return kind + new String(out);
    }

    private void special(char[] out, int at, int bit, char letter) {
        if ((mode & bit) != 0) {
            out[at] = out[at] == '-' ? Character.toUpperCase(letter) : letter;
        }
    }
}
