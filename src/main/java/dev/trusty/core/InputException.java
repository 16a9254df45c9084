package dev.trusty.core;

/**
 * Bad input from the user: a malformed file, an unknown option value, an unreachable socket.
 * The CLI prints {@link #getMessage()} as one line and exits with {@link ExitCode#INPUT_ERROR}.
 * The message already says where ({@code file:line:col: ...}) when a position is known.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Formats {@code file:line:col: message}, the form editors and CI annotate. */
    public static InputException at(String file, int line, int column, String message) {
        return new InputException(file + ":" + line + ":" + column + ": " + message);
    }
}
