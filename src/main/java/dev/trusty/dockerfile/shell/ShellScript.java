package dev.trusty.dockerfile.shell;

import dev.trusty.dockerfile.shell.ShellNode.AndOr;
import dev.trusty.dockerfile.shell.ShellNode.Case;
import dev.trusty.dockerfile.shell.ShellNode.For;
import dev.trusty.dockerfile.shell.ShellNode.Function;
import dev.trusty.dockerfile.shell.ShellNode.Group;
import dev.trusty.dockerfile.shell.ShellNode.If;
import dev.trusty.dockerfile.shell.ShellNode.Loop;
import dev.trusty.dockerfile.shell.ShellNode.Pipeline;
import dev.trusty.dockerfile.shell.ShellNode.Redirect;
import dev.trusty.dockerfile.shell.ShellNode.Sequence;
import dev.trusty.dockerfile.shell.ShellNode.SimpleCommand;
import dev.trusty.dockerfile.shell.ShellNode.Subshell;
import dev.trusty.dockerfile.shell.ShellNode.Test;
import dev.trusty.dockerfile.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A parsed script with the queries rules need: every simple command that runs (including those inside
 * command substitutions, loops and functions), every pipeline, and positions in the Dockerfile.
 */
public final class ShellScript {
    private final String text;
    private final ShellNode root;
    private final PositionMapper mapper;

    public ShellScript(String text, ShellNode root, PositionMapper mapper) {
        this.text = text;
        this.root = root;
        this.mapper = mapper;
    }

    /** Parses {@code text}; positions are mapped with {@code mapper}. */
    public static ShellScript parse(String text, PositionMapper mapper) throws ShellSyntaxException {
        return new ShellScript(text, ShellParser.parse(text), mapper);
    }

    public String text() {
        return text;
    }

    public ShellNode root() {
        return root;
    }

    /** Every simple command with at least a name, in source order. */
    public List<SimpleCommand> commands() {
        List<SimpleCommand> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof SimpleCommand c && !c.words().isEmpty()) {
                out.add(c);
            }
        });
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Commands named {@code name} (by base name, so {@code /usr/bin/curl} counts as curl). */
    public List<SimpleCommand> commands(String name) {
        return commands().stream().filter(c -> c.baseName().equals(name)).toList();
    }

    /** Every pipeline of two or more commands. */
    public List<Pipeline> pipelines() {
        List<Pipeline> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Pipeline p && p.commands().size() > 1) {
                out.add(p);
            }
        });
        return out;
    }

    /** Where {@code [start, end)} of the script is in the Dockerfile; null when no mapper was given. */
    public Span span(int start, int end) {
        return mapper == null ? null : mapper.span(start, end);
    }

    public Span span(ShellNode node) {
        return span(node.start(), node.end());
    }

    public Span span(Word word) {
        return span(word.start(), word.end());
    }

    /** Visits every node, including the scripts of command substitutions inside words. */
    public static void walk(ShellNode node, Consumer<ShellNode> visitor) {
        if (node == null) {
            return;
        }
        visitor.accept(node);
        switch (node) {
            case SimpleCommand c -> {
                c.assignments().forEach(w -> words(w, visitor));
                c.words().forEach(w -> words(w, visitor));
                redirects(c.redirects(), visitor);
            }
            case Pipeline p -> p.commands().forEach(n -> walk(n, visitor));
            case AndOr a -> a.items().forEach(n -> walk(n, visitor));
            case Sequence s -> s.items().forEach(n -> walk(n, visitor));
            case Subshell s -> {
                walk(s.body(), visitor);
                redirects(s.redirects(), visitor);
            }
            case Group g -> {
                walk(g.body(), visitor);
                redirects(g.redirects(), visitor);
            }
            case If i -> {
                i.conditions().forEach(n -> walk(n, visitor));
                i.branches().forEach(n -> walk(n, visitor));
                walk(i.elseBranch(), visitor);
                redirects(i.redirects(), visitor);
            }
            case For f -> {
                f.items().forEach(w -> words(w, visitor));
                walk(f.body(), visitor);
                redirects(f.redirects(), visitor);
            }
            case Loop l -> {
                walk(l.condition(), visitor);
                walk(l.body(), visitor);
                redirects(l.redirects(), visitor);
            }
            case Case c -> {
                words(c.subject(), visitor);
                c.bodies().forEach(n -> walk(n, visitor));
                redirects(c.redirects(), visitor);
            }
            case Function f -> walk(f.body(), visitor);
            case Test t -> t.words().forEach(w -> words(w, visitor));
        }
    }

    private static void words(Word w, Consumer<ShellNode> visitor) {
        for (ShellScript sub : w.substitutions()) {
            walk(sub.root(), visitor);
        }
    }

    private static void redirects(List<Redirect> redirects, Consumer<ShellNode> visitor) {
        for (Redirect r : redirects) {
            words(r.target(), visitor);
        }
    }
}
