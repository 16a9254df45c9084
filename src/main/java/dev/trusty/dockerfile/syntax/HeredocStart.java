package dev.trusty.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A heredoc opener found on an instruction line ({@code <<EOF}, {@code <<-"EOF"}, {@code 3<<X}). */
record HeredocStart(String name, boolean expand, boolean chomp, int fileDescriptor) {
    private static final Pattern OPENER = Pattern.compile("^([0-9]*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)$", Pattern.DOTALL);

    /** BuildKit lexes the whole line with raw quotes and escapes (escape always '\') and tests each word. */
    static List<HeredocStart> fromLine(String line) {
        List<String> words;
        try {
            words = new WordLexer('\\').rawQuotes(true).rawEscapes(true).processWords(line, name -> null);
        } catch (ExpansionException e) {
            return List.of();
        }
        List<HeredocStart> out = new ArrayList<>();
        for (String word : words) {
            HeredocStart h = parse(word);
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether a (raw) word is a heredoc opener, and which. */
    static HeredocStart parse(String word) {
        Matcher m = OPENER.matcher(word);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(3);
        if (rest.isEmpty()) {
            return null;
        }
        try {
            List<String> plain = new WordLexer('\\').skipUnsetEnv(true).processWords(rest, name -> null);
            if (plain.size() != 1) {
                return null;
            }
            List<String> raw = new WordLexer('\\').skipUnsetEnv(true).rawQuotes(true).processWords(rest, name -> null);
            if (raw.size() != 1) {
                return null;
            }
            String name = plain.get(0);
            boolean expand = quotes(name) == quotes(raw.get(0));
            int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
            return new HeredocStart(name, expand, m.group(2).equals("-"), fd);
        } catch (ExpansionException e) {
            return null;
        }
    }

    private static int parseFd(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int quotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }
}
