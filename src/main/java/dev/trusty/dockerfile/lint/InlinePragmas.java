package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Suppressor;
import dev.trusty.dockerfile.syntax.CheckDirective;
import dev.trusty.dockerfile.syntax.Comment;
import dev.trusty.dockerfile.syntax.Directive;
import dev.trusty.dockerfile.syntax.Dockerfile;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions written in a Dockerfile: {@code # trusty ignore=ID,ID} and hadolint's
 * {@code # hadolint ignore=DL3008} for the next instruction, their {@code global} forms for the whole
 * file, {@code stage ignore=} for the stage that follows, and BuildKit's {@code # check=skip=Name}
 * directive. Remembers which entries matched, so stale ones can be reported.
 */
public final class InlinePragmas implements Suppressor {
    private static final Pattern PRAGMA = Pattern.compile(
            "^(trusty|hadolint)\\s+(?:(global|stage)\\s+)?ignore\\s*=\\s*([A-Za-z0-9_.\\-]+(?:\\s*,\\s*[A-Za-z0-9_.\\-]+)*)");
    /**
     * hadolint accepts only codes made of D, L, S, C and digits, and the whole list must parse (a
     * trailing "# reason" aside): "ignore=crazy,DL3002" ignores nothing there, so it ignores nothing here.
     */
    private static final Pattern HADOLINT_LIST = Pattern.compile("[DLSC0-9]+(?:\\s*,\\s*[DLSC0-9]+)*\\s*(?:#.*)?");

    /** One ignored id and the lines it covers; {@code used} flips when it suppresses a finding. */
    public static final class Entry {
        private final String id;
        private final int line;
        private final int column;
        private final int fromLine;
        private final int toLine;
        /** Set for an entry of BuildKit's check directive, which follows BuildKit's matching instead. */
        private final CheckDirective check;
        private boolean used;

        Entry(String id, int line, int column, int fromLine, int toLine, CheckDirective check) {
            this.id = id;
            this.line = line;
            this.column = column;
            this.fromLine = fromLine;
            this.toLine = toLine;
            this.check = check;
        }

        public String id() {
            return id;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public boolean used() {
            return used;
        }

        boolean matches(Finding f) {
            int at = f.location() instanceof Location.File file ? file.line() : 0;
            if (at != 0 && (at < fromLine || at > toLine) || at == 0 && fromLine != 1) {
                return false;
            }
            if (check != null) {
                // an experimental check the directive turns on is not skipped; else skip=all or the exact name
                return BuildkitChecks.isCheck(f.rule()) && !BuildkitChecks.enables(check, f.rule())
                        && (check.skipAll() || BuildkitChecks.isNamed(f.rule(), id));
            }
            if (id.equalsIgnoreCase("all")) {
                return true;
            }
            return f.rule().isKnownAs(id);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    private InlinePragmas() {
    }

    public static InlinePragmas of(Dockerfile df) {
        return of(df, true);
    }

    /**
     * @param commentPragmas false for hadolint's disable-ignore-pragma: only BuildKit's check directive counts
     */
    public static InlinePragmas of(Dockerfile df, boolean commentPragmas) {
        InlinePragmas p = new InlinePragmas();
        List<Instruction> instructions = df.instructions();
        for (Comment c : commentPragmas ? df.comments() : List.<Comment>of()) {
            // the pattern is anchored: a comment that does not start with the tool's name is no pragma
            if (!c.text().startsWith("trusty") && !c.text().startsWith("hadolint")) {
                continue;
            }
            Matcher m = PRAGMA.matcher(c.text());
            if (!m.find()) {
                continue;
            }
            boolean hadolint = m.group(1).equals("hadolint");
            if (hadolint && !HADOLINT_LIST.matcher(c.text().substring(m.start(3))).matches()) {
                continue;
            }
            String scope = m.group(2) == null ? "next" : m.group(2).toLowerCase(Locale.ROOT);
            int from;
            int to;
            if (scope.equals("global")) {
                from = 1;
                to = Integer.MAX_VALUE;
            } else {
                Instruction next = null;
                for (Instruction i : instructions) {
                    if (i.line() > c.line() && (scope.equals("next") || i.is("from"))) {
                        next = i;
                        break;
                    }
                }
                // hadolint's pragma covers the line right below it; ours skips blank lines and comments.
                if (next != null && hadolint && scope.equals("next") && next.line() != c.line() + 1) {
                    next = null;
                }
                if (next == null) {
                    from = -1;
                    to = -1;
                } else if (scope.equals("next")) {
                    from = next.line();
                    to = next.endLine();
                } else {
                    from = next.line();
                    to = Integer.MAX_VALUE;
                    for (Instruction i : instructions) {
                        if (i.line() > next.line() && i.is("from")) {
                            to = i.line() - 1;
                            break;
                        }
                    }
                }
            }
            for (String id : m.group(3).split(",")) {
                p.entries.add(new Entry(id.trim(), c.line(), c.column(), from, to, null));
            }
        }
        CheckDirective check = BuildkitChecks.directive(df);
        if (check != null) {
            Directive d = df.directives().stream().filter(x -> x.name().equals("check")).findFirst().orElseThrow();
            for (String id : check.skipAll() ? List.of("all") : new java.util.TreeSet<>(check.skip())) {
                p.entries.add(new Entry(id, d.line(), 1, 1, Integer.MAX_VALUE, check));
            }
        }
        return p;
    }

    @Override
    public boolean suppresses(Finding finding) {
        boolean hit = false;
        for (Entry e : entries) {
            if (e.matches(finding)) {
                e.used = true;
                hit = true;
            }
        }
        return hit;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Entries that never suppressed anything (BuildKit's skip=all excepted: it is a blanket switch). */
    public List<Entry> unused() {
        return entries.stream().filter(e -> !e.used && !e.id.equalsIgnoreCase("all")).toList();
    }
}
