package dev.trusty.core;

/**
 * Bad input from the user: a malformed file, an unknown option value, an unreachable socket.
 * The CLI prints {@link #getMessage()} as one line and exits with {@link ExitCode#INPUT_ERROR}.
 * The message already says where ({@code file:line:col: ...}) when a position is known.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(oneLine(message));
    }

    public InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Formats {@code file:line:col: message}, the form editors and CI annotate. */
    public static InputException at(String file, int line, int column, String message) {
        return new InputException(file + ":" + line + ":" + column + ": " + message);
    }

    /**
     * Keeps the message to one line. Parsers such as SnakeYAML add indented context lines (an
     * excerpt and a caret); the position is already in our prefix, so only the unindented
     * statements are kept.
     */
    static String oneLine(String message) {
        if (message == null || message.indexOf('\n') < 0) {
            return message;
        }
        StringBuilder line = new StringBuilder();
        for (String part : message.split("\\R")) {
            if (part.isBlank() || Character.isWhitespace(part.charAt(0))) {
                continue;
            }
            if (!line.isEmpty()) {
                line.append(line.charAt(line.length() - 1) == ':' ? " " : ": ");
            }
            line.append(part.strip());
        }
        return line.toString();
    }
}
