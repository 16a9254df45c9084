package dev.trusty.report;

import dev.trusty.core.InputException;
import dev.trusty.core.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Writes a whole {@link Report} in one output format, as UTF-8. */
public interface Formatter {

    /** The names {@link #named} accepts, in the order help texts list them. */
    List<String> NAMES = List.of("text", "json", "sarif", "junit");

    /** Writes {@code report} to {@code out}; flushes but does not close it. */
    void write(Report report, OutputStream out) throws IOException;

    /**
     * The formatter called {@code name} (ignoring case).
     *
     * @throws InputException for an unknown name, listing the valid ones
     */
    static Formatter named(String name, FormatOptions options) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "text" -> new TextFormatter(options);
            case "json" -> new JsonFormatter();
            case "sarif" -> new SarifFormatter();
            case "junit" -> new JUnitFormatter();
            default -> throw new InputException(
                    "unknown format '" + name + "' (expected one of: " + String.join(", ", NAMES) + ")");
        };
    }
}
