package dev.trusty.image;

import java.util.LinkedHashMap;
import java.util.Map;

/** Users and groups from /etc/passwd and /etc/group (absent files give empty maps). */
public record Accounts(boolean hasPasswd, Map<String, Long> usersByName, Map<Long, String> usersById,
                       boolean hasGroup, Map<Long, String> groupsById, Map<String, Long> groupsByName) {

    public static Accounts parse(String passwd, String group) {
        Map<String, Long> byName = new LinkedHashMap<>();
        Map<Long, String> byId = new LinkedHashMap<>();
        read(passwd, byName, byId);
        Map<String, Long> groupByName = new LinkedHashMap<>();
        Map<Long, String> groupById = new LinkedHashMap<>();
        read(group, groupByName, groupById);
        return new Accounts(passwd != null, byName, byId, group != null, groupById, groupByName);
    }

    private static void read(String text, Map<String, Long> byName, Map<Long, String> byId) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length < 3 || line.startsWith("#")) {
                continue;
            }
            try {
                long id = Long.parseLong(f[2].trim());
                byName.putIfAbsent(f[0], id);
                byId.putIfAbsent(id, f[0]);
            } catch (NumberFormatException ignored) {
                // a malformed line cannot name an id; other lines still count
            }
        }
    }
}
