package dev.trusty.dockerfile.syntax;

import dev.trusty.core.InputException;

/** A Dockerfile BuildKit would refuse; {@link #getMessage()} reads {@code file:line:col: reason}. */
public final class DockerfileParseException extends InputException {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public DockerfileParseException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location prefix, worded as BuildKit words it where we know its wording. */
    public String reason() {
        return reason;
    }
}
