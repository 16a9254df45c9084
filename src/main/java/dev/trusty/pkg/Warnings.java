package dev.trusty.pkg;

import java.util.ArrayList;
import java.util.List;

/** Problems met while reading input that did not stop the work, each one line naming where. */
public final class Warnings {

    private final List<String> messages = new ArrayList<>();

    public void add(String message) {
        messages.add(message);
    }

    public void at(String path, int line, String message) {
        messages.add(path + ":" + line + ": " + message);
    }

    public List<String> all() {
        return List.copyOf(messages);
    }
}
