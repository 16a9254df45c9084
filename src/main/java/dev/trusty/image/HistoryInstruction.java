package dev.trusty.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history entry's {@code created_by} turned back into the Dockerfile instruction that made it,
 * so Dockerfile rules can judge images built elsewhere. Understands the classic builder's
 * {@code /bin/sh -c #(nop) ADD file:… in /dst} and {@code /bin/sh -c cmd} (with build args as
 * {@code |2 A=b C=d /bin/sh -c cmd}) and BuildKit's {@code RUN /bin/sh -c cmd # buildkit}.
 *
 * @param keyword   the instruction, upper case ({@code RUN}, {@code ADD}, {@code ENV}...)
 * @param arguments what follows it; for RUN the shell command without the shell prefix
 */
public record HistoryInstruction(String keyword, String arguments) {
    private static final Pattern BUILD_ARGS = Pattern.compile("^\\|(\\d+)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern SHELL = Pattern.compile(
            "^(?:/bin/|/usr/bin/)?(?:sh|bash|ash|dash|zsh)(?:\\s+-[a-zA-Z]+(?:\\s+[a-z]+)?)*?\\s+-c\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern CLASSIC_COPY = Pattern.compile("^(ADD|COPY)\\s+(.*?)\\s+in\\s+(\\S+)\\s*$", Pattern.DOTALL);
    private static final Pattern KEYWORD = Pattern.compile("^([A-Z]+)(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("RUN", "ADD", "COPY", "ENV", "ARG",
            "CMD", "ENTRYPOINT", "EXPOSE", "LABEL", "USER", "WORKDIR", "VOLUME", "HEALTHCHECK", "SHELL",
            "STOPSIGNAL", "ONBUILD", "MAINTAINER");

    /** The Dockerfile line: {@code RUN apt-get update}. */
    public String text() {
        return arguments.isEmpty() ? keyword : keyword + " " + arguments;
    }

    public static Optional<HistoryInstruction> parse(String createdBy) {
        if (createdBy == null || createdBy.isBlank()) {
            return Optional.empty();
        }
        String text = createdBy.strip();
        boolean buildkit = text.endsWith("# buildkit");
        if (buildkit) {
            text = text.substring(0, text.length() - "# buildkit".length()).strip();
        }
        Matcher kw = KEYWORD.matcher(text);
        if (kw.matches() && KEYWORDS.contains(kw.group(1))) {
            String args = kw.group(2) == null ? "" : kw.group(2).strip();
            return Optional.of(kw.group(1).equals("RUN") ? new HistoryInstruction("RUN", shellCommand(args))
                    : new HistoryInstruction(kw.group(1), args));
        }
        String command = shellCommand(text);
        if (command.startsWith("#(nop)")) {
            String nop = command.substring("#(nop)".length()).strip();
            Matcher copy = CLASSIC_COPY.matcher(nop);
            if (copy.matches()) {
                return Optional.of(new HistoryInstruction(copy.group(1), copy.group(2) + " " + copy.group(3)));
            }
            Matcher inner = KEYWORD.matcher(nop);
            if (inner.matches() && KEYWORDS.contains(inner.group(1))) {
                return Optional.of(new HistoryInstruction(inner.group(1), inner.group(2) == null ? "" : inner.group(2).strip()));
            }
            return Optional.empty();
        }
        return Optional.of(new HistoryInstruction("RUN", command));
    }

    /** Drops the {@code |N A=b} build-arg prefix and the {@code /bin/sh -c} shell prefix. */
    static String shellCommand(String text) {
        String rest = text.strip();
        Matcher args = BUILD_ARGS.matcher(rest);
        if (args.matches()) {
            int count = Integer.parseInt(args.group(1));
            List<String> words = splitWords(args.group(2), count);
            rest = words.get(words.size() - 1);
        }
        Matcher shell = SHELL.matcher(rest);
        return shell.matches() ? shell.group(1).strip() : rest;
    }

    /** Splits off {@code count} leading {@code NAME=value} words; the last element is the remainder. */
    private static List<String> splitWords(String text, int count) {
        List<String> out = new ArrayList<>();
        String rest = text;
        for (int i = 0; i < count && !rest.isEmpty(); i++) {
            int space = rest.indexOf(' ');
            if (space < 0) {
                break;
            }
            out.add(rest.substring(0, space));
            rest = rest.substring(space + 1).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /** The build-arg assignments of a RUN entry ({@code |2 A=b C=d ...}), which leak values into history. */
    public static List<String> buildArgs(String createdBy) {
        String text = createdBy == null ? "" : createdBy.strip();
        if (text.startsWith("RUN ")) {
            text = text.substring(4).strip();
        }
        Matcher args = BUILD_ARGS.matcher(text);
        if (!args.matches()) {
            return List.of();
        }
        List<String> words = splitWords(args.group(2), Integer.parseInt(args.group(1)));
        return words.subList(0, words.size() - 1);
    }

    /**
     * The simple commands of a shell line, split on {@code && || ; | &} and newlines outside
     * quotes, each as a list of words (quotes removed). Enough for "which programs run with which
     * arguments"; not a full shell parser.
     */
    public static List<List<String>> commands(String shell) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < shell.length(); i++) {
            char c = shell.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < shell.length()) {
                char next = shell.charAt(++i);
                if (next != '\n') {
                    word.append(next);
                    inWord = true;
                }
            } else if (c == '&' || c == '|' || c == ';' || c == '\n' || c == '(' || c == ')') {
                inWord = flush(word, words, inWord);
                if (!words.isEmpty()) {
                    commands.add(List.copyOf(words));
                    words.clear();
                }
            } else if (Character.isWhitespace(c)) {
                inWord = flush(word, words, inWord);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        flush(word, words, inWord);
        if (!words.isEmpty()) {
            commands.add(List.copyOf(words));
        }
        return commands;
    }

    private static boolean flush(StringBuilder word, List<String> words, boolean inWord) {
        if (inWord) {
            words.add(word.toString());
            word.setLength(0);
        }
        return false;
    }

    /** The program of a simple command without leading sudo/env/assignments and path: {@code /usr/bin/apt-get} → {@code apt-get}. */
    public static int programIndex(List<String> command) {
        int i = 0;
        while (i < command.size() && (command.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")
                || command.get(i).equals("sudo") || command.get(i).equals("env") || command.get(i).equals("exec"))) {
            i++;
        }
        return i;
    }

    public static String program(List<String> command) {
        int i = programIndex(command);
        if (i >= command.size()) {
            return "";
        }
        String p = command.get(i);
        return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
