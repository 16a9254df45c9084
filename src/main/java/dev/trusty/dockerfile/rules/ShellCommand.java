package dev.trusty.dockerfile.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A simple command found in a RUN script: its name and arguments (leading {@code VAR=value}
 * assignments and redirections removed), and whether it reads from or writes to a pipe.
 * Flag helpers follow hadolint's reading: {@code -abc} is the flags a, b and c; {@code --name=v} is "name".
 *
 * @param baseName the name without a directory ({@code /usr/bin/apt-get} is {@code apt-get}), computed once
 *                 since many rules ask it of every command
 */
public record ShellCommand(ShellWord nameWord, List<ShellWord> args, List<String> assignments,
                           boolean pipedInto, boolean pipesOut, ShellScript script, String baseName) {

    public ShellCommand(ShellWord nameWord, List<ShellWord> args, List<String> assignments, boolean pipedInto,
                        boolean pipesOut, ShellScript script) {
        this(nameWord, args, assignments, pipedInto, pipesOut, script, baseNameOf(nameWord.text()));
    }

    public String name() {
        return nameWord.text();
    }

    private static String baseNameOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    public boolean is(String command) {
        return name().equals(command);
    }

    public List<String> argTexts() {
        String[] texts = new String[args.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = args.get(i).text();
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(texts));
    }

    /** True when any argument equals one of {@code values}. */
    public boolean hasArg(String... values) {
        for (ShellWord w : args) {
            for (String v : values) {
                if (w.textIs(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** hadolint's cmdHasArgs: this command, with at least one of the arguments. */
    public boolean isWithArg(String command, String... values) {
        return is(command) && hasArg(values);
    }

    /** The first non-flag argument (the sub-command of apt-get, pip, npm...). */
    public String subcommand() {
        for (ShellWord w : args) {
            if (!w.isFlag()) {
                return w.text();
            }
        }
        return "";
    }

    /** Flag names: {@code --no-cache} gives "no-cache", {@code -yq} gives "y" and "q". */
    public List<String> flags() {
        List<String> out = new ArrayList<>();
        for (ShellWord w : args) {
            String t = w.text();
            if (t.equals("--")) {
                break;
            }
            if (t.startsWith("--")) {
                int eq = t.indexOf('=');
                out.add(eq < 0 ? t.substring(2) : t.substring(2, eq));
            } else if (t.startsWith("-") && t.length() > 1) {
                for (int i = 1; i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (c == '=') {
                        break;
                    }
                    out.add(String.valueOf(c));
                }
            }
        }
        return out;
    }

    public boolean hasFlag(String name) {
        return hasAnyFlag(name);
    }

    /**
     * Like {@code flags()} contains any of {@code names}, without building the list (rules ask this per command)
     * and reading each word in place.
     */
    public boolean hasAnyFlag(String... names) {
        for (ShellWord w : args) {
            String t = w.chars();
            int from = w.offset();
            int to = from + w.length();
            if (to - from < 2 || t.charAt(from) != '-') {
                continue;
            }
            if (t.charAt(from + 1) == '-') {
                if (to - from == 2) {
                    return false; // "--": no flags after it
                }
                int end = from + 2;
                while (end < to && t.charAt(end) != '=') {
                    end++;
                }
                for (String n : names) {
                    if (n.length() == end - from - 2 && t.startsWith(n, from + 2)) {
                        return true;
                    }
                }
            } else {
                for (int i = from + 1; i < to && t.charAt(i) != '='; i++) {
                    for (String n : names) {
                        if (n.length() == 1 && n.charAt(0) == t.charAt(i)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The value of {@code --name=value}, {@code --name value} or {@code -n value}, if given. */
    public String flagValue(String... names) {
        Set<String> set = Set.of(names);
        for (int i = 0; i < args.size(); i++) {
            String t = args.get(i).text();
            for (String n : set) {
                String dashed = n.length() == 1 ? "-" + n : "--" + n;
                if (t.equals(dashed) && i + 1 < args.size()) {
                    return args.get(i + 1).text();
                }
                if (t.startsWith(dashed + "=")) {
                    return t.substring(dashed.length() + 1);
                }
                if (n.length() == 1 && t.startsWith(dashed) && t.length() > 2 && !t.startsWith("--")) {
                    return t.substring(2);
                }
            }
        }
        return null;
    }

    /** Non-flag arguments, after dropping the flags in {@code withValue} together with their value. */
    public List<ShellWord> operands(Set<String> withValue) {
        List<ShellWord> out = new ArrayList<>();
        boolean afterDashDash = false;
        for (int i = 0; i < args.size(); i++) {
            ShellWord w = args.get(i);
            String t = w.text();
            if (afterDashDash) {
                out.add(w);
                continue;
            }
            if (t.equals("--")) {
                afterDashDash = true;
                continue;
            }
            if (w.isFlag()) {
                if (withValue.isEmpty()) {
                    continue;
                }
                String name = t.startsWith("--") ? t.substring(2) : t.substring(1);
                if (!name.contains("=") && withValue.contains(name)) {
                    i++;
                }
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /** Non-flag arguments, like hadolint's getArgsNoFlags. */
    public List<ShellWord> operands() {
        return operands(Set.of());
    }

    /** {@code operands().getFirst()} without building the list (null when there is none): most callers stop there. */
    public ShellWord firstOperand() {
        boolean afterDashDash = false;
        for (int i = 0; i < args.size(); i++) {
            ShellWord w = args.get(i);
            if (afterDashDash || !w.isFlag()) {
                return w;
            }
            afterDashDash = w.textIs("--");
        }
        return null;
    }
}
