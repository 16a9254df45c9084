package dev.trusty.core;

/** Process exit codes, the same for every command. */
public final class ExitCode {
    /** Ran; nothing at or above the fail threshold. */
    public static final int OK = 0;
    /** Ran; findings at or above the fail threshold. */
    public static final int FINDINGS = 1;
    /** Usage or input error. */
    public static final int INPUT_ERROR = 2;
    /** A bug in Trusty. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
