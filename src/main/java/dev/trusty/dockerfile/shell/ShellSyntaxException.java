package dev.trusty.dockerfile.shell;

/** Shell text the parser cannot read; {@code offset} is into the script. */
public final class ShellSyntaxException extends Exception {
    private final int offset;

    public ShellSyntaxException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
