package dev.trusty.dockerfile.shell;

import java.util.List;

/** The shell syntax tree. Offsets are into the script text; {@link ShellScript} maps them to the file. */
public sealed interface ShellNode {
    int start();

    int end();

    /** {@code name=value ... name args... redirections}; {@code words} may be empty (assignment only). */
    record SimpleCommand(List<Word> assignments, List<Word> words, List<Redirect> redirects, int start, int end)
            implements ShellNode {

        /** The command name with quotes removed, or "" for an assignment-only command. */
        public String name() {
            return words.isEmpty() ? "" : words.get(0).value();
        }

        /** The command name without a directory ({@code /usr/bin/apt-get} gives {@code apt-get}). */
        public String baseName() {
            String n = name();
            int slash = n.lastIndexOf('/');
            return slash < 0 ? n : n.substring(slash + 1);
        }

        public List<Word> args() {
            return words.isEmpty() ? List.of() : words.subList(1, words.size());
        }

        public List<String> argValues() {
            return args().stream().map(Word::value).toList();
        }
    }

    /** {@code [!] a | b |& c}. */
    record Pipeline(boolean negated, List<ShellNode> commands, int start, int end) implements ShellNode {
    }

    /** {@code a && b || c}: {@code operators.get(i)} joins item i and i+1. */
    record AndOr(List<ShellNode> items, List<String> operators, int start, int end) implements ShellNode {
    }

    /** Commands separated by {@code ;}, {@code &} or newlines. */
    record Sequence(List<ShellNode> items, List<Boolean> background, int start, int end) implements ShellNode {
    }

    record Subshell(ShellNode body, List<Redirect> redirects, int start, int end) implements ShellNode {
    }

    record Group(ShellNode body, List<Redirect> redirects, int start, int end) implements ShellNode {
    }

    record If(List<ShellNode> conditions, List<ShellNode> branches, ShellNode elseBranch, List<Redirect> redirects,
              int start, int end) implements ShellNode {
    }

    record For(String variable, List<Word> items, ShellNode body, List<Redirect> redirects, int start, int end)
            implements ShellNode {
    }

    /** {@code while} or {@code until} (then {@code until} is true). */
    record Loop(boolean until, ShellNode condition, ShellNode body, List<Redirect> redirects, int start, int end)
            implements ShellNode {
    }

    record Case(Word subject, List<List<Word>> patterns, List<ShellNode> bodies, List<Redirect> redirects,
                int start, int end) implements ShellNode {
    }

    record Function(String name, ShellNode body, int start, int end) implements ShellNode {
    }

    /** {@code [[ ... ]]} or {@code (( ... ))}: kept as words, not interpreted. */
    record Test(String kind, List<Word> words, int start, int end) implements ShellNode {
    }

    /**
     * A redirection: {@code op} is {@code < > >> <& >& <> >| << <<- <<< &> &>>}; {@code heredoc} is the
     * body of a here-document (null otherwise).
     */
    record Redirect(String fd, String op, Word target, String heredoc, int start, int end) {
    }
}
