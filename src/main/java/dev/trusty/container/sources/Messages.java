package dev.trusty.container.sources;

/** Error messages are one line (the CLI prints them as such), even when they quote user values. */
final class Messages {
    private static final int MAX = 160;

    private Messages() {
    }

    static String oneLine(String message) {
        String flat = message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
        return flat.length() > MAX ? flat.substring(0, MAX - 3) + "..." : flat;
    }
}
