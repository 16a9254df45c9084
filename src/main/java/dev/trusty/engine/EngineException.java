package dev.trusty.engine;

import dev.trusty.core.InputException;

/**
 * The engine answered with an HTTP error, e.g. 404 "No such container: web". The message is the
 * engine's own, prefixed with what was asked, on one line. It is an {@link InputException} because
 * it is about the user's engine or names, not a bug in Trusty: the CLI prints it and exits 2.
 */
public class EngineException extends InputException {
    private final int status;
    private final String engineMessage;

    public EngineException(int status, String engineMessage, String request) {
        super("Docker engine: " + request + ": " + status + " " + oneLine(engineMessage));
        this.status = status;
        this.engineMessage = engineMessage;
    }

    /** HTTP status: 400 bad parameter, 404 no such object, 409 conflict, 500 server error, ... */
    public int status() {
        return status;
    }

    /** The engine's message as sent ({@code message} of its JSON error body, or the plain text). */
    public String engineMessage() {
        return engineMessage;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
