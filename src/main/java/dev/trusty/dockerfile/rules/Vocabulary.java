package dev.trusty.dockerfile.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small ids for the instruction keywords and for the command names rules watch. A file's indexes are then
 * bit sets and arrays the rules read with a shift, instead of hash maps every rule probes for every file.
 */
final class Vocabulary {
    /** The instruction keywords, lower case: id = position (fits one {@code long} of bits). */
    static final List<String> KEYWORDS = List.of("from", "run", "cmd", "label", "maintainer", "expose", "env", "add",
            "copy", "entrypoint", "volume", "user", "workdir", "arg", "onbuild", "stopsignal", "healthcheck", "shell");

    private static final Map<String, Integer> COMMANDS = new ConcurrentHashMap<>();

    private Vocabulary() {
    }

    /** The id of a lower-case instruction keyword, or -1 for a word that is not one. */
    static int keyword(String lowerCase) {
        return switch (lowerCase) {
            case "from" -> 0;
            case "run" -> 1;
            case "cmd" -> 2;
            case "label" -> 3;
            case "maintainer" -> 4;
            case "expose" -> 5;
            case "env" -> 6;
            case "add" -> 7;
            case "copy" -> 8;
            case "entrypoint" -> 9;
            case "volume" -> 10;
            case "user" -> 11;
            case "workdir" -> 12;
            case "arg" -> 13;
            case "onbuild" -> 14;
            case "stopsignal" -> 15;
            case "healthcheck" -> 16;
            case "shell" -> 17;
            default -> -1;
        };
    }

    /** The bits of {@code keywords} (lower case); a word that is no keyword sets none. */
    static long keywordBits(String... keywords) {
        long bits = 0;
        for (String k : keywords) {
            int id = keyword(k);
            if (id >= 0) {
                bits |= 1L << id;
            }
        }
        return bits;
    }

    /** The id of a watched command name, or -1 when no rule watches it. */
    static int command(String name) {
        Integer id = COMMANDS.get(name);
        return id == null ? -1 : id;
    }

    /** Ids for the command names a rule watches, given out once per name (rules are built at start-up). */
    static synchronized int[] watch(String... names) {
        int[] ids = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = COMMANDS.computeIfAbsent(names[i], n -> COMMANDS.size());
        }
        return ids;
    }

    /** How many command names have an id: the size of a file's per-command index. */
    static int commandCount() {
        return COMMANDS.size();
    }
}
