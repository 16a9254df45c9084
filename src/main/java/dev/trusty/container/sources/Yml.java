package dev.trusty.container.sources;

import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A YAML tree whose every node knows its file position. Built from snakeyaml's node graph (which
 * keeps marks, unlike data binding), with aliases resolved and {@code <<} merge keys applied.
 */
public sealed interface Yml permits Yml.Mapping, Yml.Sequence, Yml.Scalar {

    Location.File at();

    /** Rewrites scalar values while the tree is built (compose variable interpolation). */
    @FunctionalInterface
    interface ScalarFilter {
        ScalarFilter NONE = (text, at) -> text;

        String apply(String text, Location.File at);
    }

    record Entry(String key, Location.File keyAt, Yml value) {
    }

    record Mapping(Map<String, Entry> entries, Location.File at) implements Yml {
        public Yml get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public Mapping mapping(String key) {
            return get(key) instanceof Mapping m ? m : null;
        }

        public Sequence sequence(String key) {
            return get(key) instanceof Sequence s ? s : null;
        }

        /** The scalar text of {@code key}, or null when absent, null or not a scalar. */
        public String text(String key) {
            return get(key) instanceof Scalar s && !s.isNull() ? s.text() : null;
        }

        public Scalar scalar(String key) {
            return get(key) instanceof Scalar s && !s.isNull() ? s : null;
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        public Location.File keyAt(String key) {
            Entry e = entries.get(key);
            return e == null ? at : e.keyAt();
        }
    }

    record Sequence(List<Yml> items, Location.File at) implements Yml {
    }

    record Scalar(String text, boolean isNull, Location.File at) implements Yml {
        /** YAML 1.1 and 1.2 spellings of true, as compose and kubectl accept them. */
        public boolean isTrue() {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "y" -> true;
                default -> false;
            };
        }
    }

    /** Parses every document of {@code text}; errors become {@code file:line:col: message}. */
    static List<Yml> parseAll(String path, String text, ScalarFilter filter) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        Yaml yaml = new Yaml(options);
        List<Yml> docs = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                if (node != null) {
                    docs.add(new Builder(path, filter).build(node));
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (mark == null) {
                throw new InputException(path + ": malformed YAML: " + oneLine(problem));
            }
            throw InputException.at(path, mark.getLine() + 1, mark.getColumn() + 1, "malformed YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new InputException(path + ": malformed YAML: " + oneLine(e.getMessage()));
        }
        return docs;
    }

    private static String oneLine(String s) {
        return Messages.oneLine(s);
    }

    /** Converts one snakeyaml node graph; aliases reuse their anchor's node, and so its position. */
    final class Builder {
        private final String path;
        private final ScalarFilter filter;
        private final Map<Node, Yml> done = new java.util.IdentityHashMap<>();

        Builder(String path, ScalarFilter filter) {
            this.path = path;
            this.filter = filter;
        }

        Yml build(Node node) {
            Yml cached = done.get(node);
            if (cached != null) {
                return cached;
            }
            Location.File at = at(node.getStartMark());
            Yml result = switch (node) {
                case ScalarNode s -> new Scalar(Tag.NULL.equals(s.getTag()) ? "" : filter.apply(s.getValue(), at),
                        Tag.NULL.equals(s.getTag()), at);
                case SequenceNode s -> {
                    List<Yml> items = new ArrayList<>();
                    for (Node item : s.getValue()) {
                        items.add(build(item));
                    }
                    yield new Sequence(Collections.unmodifiableList(items), at);
                }
                case MappingNode m -> mapping(m, at);
                default -> new Scalar("", true, at);
            };
            done.put(node, result);
            return result;
        }

        private Mapping mapping(MappingNode node, Location.File at) {
            Map<String, Entry> own = new LinkedHashMap<>();
            List<Mapping> merged = new ArrayList<>();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
                if (Tag.MERGE.equals(keyNode.getTag()) || key.equals("<<")) {
                    Yml value = build(tuple.getValueNode());
                    if (value instanceof Mapping m) {
                        merged.add(m);
                    } else if (value instanceof Sequence seq) {
                        seq.items().stream().filter(Mapping.class::isInstance).map(Mapping.class::cast).forEach(merged::add);
                    }
                    continue;
                }
                Location.File keyAt = at(keyNode.getStartMark());
                Entry earlier = own.put(key, new Entry(key, keyAt, build(tuple.getValueNode())));
                if (earlier != null) {
                    // compose and kubectl refuse these; silently taking the last one would hide a setting
                    throw InputException.at(path, keyAt.line(), keyAt.column(), Messages.oneLine("duplicate key '"
                            + key + "' (first at line " + earlier.keyAt().line() + ")"));
                }
            }
            Map<String, Entry> all = new LinkedHashMap<>();
            for (Mapping m : merged) {
                m.entries().forEach(all::putIfAbsent);
            }
            all.keySet().removeAll(own.keySet());
            Map<String, Entry> result = new LinkedHashMap<>(own);
            all.forEach(result::putIfAbsent);
            return new Mapping(Collections.unmodifiableMap(result), at);
        }

        private Location.File at(Mark mark) {
            return Location.File.at(path, mark.getLine() + 1, mark.getColumn() + 1);
        }
    }
}
