package dev.trusty.host.facts;

/**
 * What {@code stat} would say about one host path: whether it is there, its type, permission bits
 * and numeric owner, with names resolved from the host's own /etc/passwd and /etc/group.
 * {@code path} is the path on the host (not under the collector's root), so evidence reads the
 * same in tests and in real runs.
 */
public record FileFact(String path, State state, String type, int mode, int uid, int gid,
                       String owner, String group, String error) {

    public enum State { PRESENT, MISSING, DENIED }

    public static FileFact missing(String path) {
        return new FileFact(path, State.MISSING, null, 0, -1, -1, null, null, null);
    }

    public static FileFact denied(String path, String error) {
        return new FileFact(path, State.DENIED, null, 0, -1, -1, null, null, error);
    }

    public boolean exists() {
        return state == State.PRESENT;
    }

    public String modeOctal() {
        return String.format("%o", mode);
    }

    /** True when no permission bit outside {@code allowed} is set (so 600 fits 644, 640 does not fit 604). */
    public boolean modeWithin(int allowed) {
        return (mode & ~allowed) == 0;
    }

    public boolean ownedBy(int wantedUid, int wantedGid) {
        return uid == wantedUid && gid == wantedGid;
    }

    /** {@code root:docker (0:105)}; unknown names shown as the number. */
    public String ownership() {
        String o = owner != null ? owner : String.valueOf(uid);
        String g = group != null ? group : String.valueOf(gid);
        return o + ":" + g + " (" + uid + ":" + gid + ")";
    }

    /** One line of evidence, e.g. {@code socket mode 660 owner root:docker (0:105)}. */
    public String describe() {
        return switch (state) {
            case MISSING -> "not present";
            case DENIED -> "cannot be read: " + error;
            case PRESENT -> type + " mode " + modeOctal() + " owner " + ownership();
        };
    }
}
