package dev.trusty.vuln.versions;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maven's ordering, as {@code ComparableVersion} of Maven 3.9: items split on {@code .}, {@code -}
 * and digit/letter transitions, a {@code -} or a letter/digit switch opening a sub-list, trailing
 * "null" items (0, "", ga, final, release) dropped, qualifiers ordered alpha &lt; beta &lt;
 * milestone &lt; rc = cr &lt; snapshot &lt; release &lt; sp &lt; unknown (lexical).
 */
public final class MavenVersion implements VersionComparator {

    public static final MavenVersion INSTANCE = new MavenVersion();

    private static final List<String> QUALIFIERS = List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");
    private static final Map<String, String> ALIASES = Map.of("ga", "", "final", "", "release", "", "cr", "rc");
    private static final String RELEASE_INDEX = String.valueOf(QUALIFIERS.indexOf(""));

    private MavenVersion() {
    }

    @Override
    public int compare(String a, String b) {
        return Integer.signum(parse(a).compareTo(parse(b)));
    }

    private sealed interface Item permits IntItem, StringItem, ListItem {
        int compareTo(Item other);

        boolean isNull();
    }

    private record IntItem(BigInteger value) implements Item {
        @Override
        public int compareTo(Item other) {
            if (other == null) {
                return value.signum() == 0 ? 0 : 1;
            }
            return other instanceof IntItem i ? value.compareTo(i.value) : 1;
        }

        @Override
        public boolean isNull() {
            return value.signum() == 0;
        }
    }

    private record StringItem(String value) implements Item {
        static StringItem of(String raw, boolean followedByDigit) {
            String v = raw;
            if (followedByDigit && v.length() == 1) {
                v = switch (v.charAt(0)) {
                    case 'a' -> "alpha";
                    case 'b' -> "beta";
                    case 'm' -> "milestone";
                    default -> v;
                };
            }
            return new StringItem(ALIASES.getOrDefault(v, v));
        }

        private static String comparable(String q) {
            int i = QUALIFIERS.indexOf(q);
            return i < 0 ? QUALIFIERS.size() + "-" + q : String.valueOf(i);
        }

        @Override
        public int compareTo(Item other) {
            if (other == null) {
                return comparable(value).compareTo(RELEASE_INDEX);
            }
            return switch (other) {
                case IntItem i -> -1;
                case StringItem s -> comparable(value).compareTo(comparable(s.value));
                case ListItem l -> -1;
            };
        }

        @Override
        public boolean isNull() {
            return comparable(value).equals(RELEASE_INDEX);
        }
    }

    private static final class ListItem implements Item {
        final List<Item> items = new ArrayList<>();

        @Override
        public int compareTo(Item other) {
            if (other == null) {
                return items.isEmpty() ? 0 : items.get(0).compareTo(null);
            }
            return switch (other) {
                case IntItem i -> -1;
                case StringItem s -> 1;
                case ListItem l -> {
                    int n = Math.max(items.size(), l.items.size());
                    for (int k = 0; k < n; k++) {
                        Item left = k < items.size() ? items.get(k) : null;
                        Item right = k < l.items.size() ? l.items.get(k) : null;
                        int c = left == null ? (right == null ? 0 : -right.compareTo(null)) : left.compareTo(right);
                        if (c != 0) {
                            yield c;
                        }
                    }
                    yield 0;
                }
            };
        }

        @Override
        public boolean isNull() {
            return items.isEmpty();
        }

        void normalize() {
            for (int i = items.size() - 1; i >= 0; i--) {
                Item last = items.get(i);
                if (last.isNull()) {
                    items.remove(i);
                } else if (!(last instanceof ListItem)) {
                    break;
                }
            }
        }
    }

    private static ListItem parse(String version) {
        String v = version.strip().toLowerCase(Locale.ROOT);
        ListItem root = new ListItem();
        ListItem list = root;
        Deque<ListItem> stack = new ArrayDeque<>();
        stack.push(list);
        boolean isDigit = false;
        int start = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                list.items.add(i == start ? new IntItem(BigInteger.ZERO) : item(isDigit, v.substring(start, i)));
                start = i + 1;
            } else if (c == '-') {
                list.items.add(i == start ? new IntItem(BigInteger.ZERO) : item(isDigit, v.substring(start, i)));
                start = i + 1;
                list = push(list, stack);
            } else if (c >= '0' && c <= '9') {
                if (!isDigit && i > start) {
                    // 1.0.0.X1 < 1.0.0-X2: a qualifier after a dot is treated like one after a hyphen
                    if (!list.items.isEmpty()) {
                        list = push(list, stack);
                    }
                    list.items.add(StringItem.of(v.substring(start, i), true));
                    start = i;
                    list = push(list, stack);
                }
                isDigit = true;
            } else {
                if (isDigit && i > start) {
                    list.items.add(item(true, v.substring(start, i)));
                    start = i;
                    list = push(list, stack);
                }
                isDigit = false;
            }
        }
        if (v.length() > start) {
            if (!isDigit && !list.items.isEmpty()) {
                list = push(list, stack);
            }
            list.items.add(item(isDigit, v.substring(start)));
        }
        while (!stack.isEmpty()) {
            stack.pop().normalize();
        }
        return root;
    }

    private static ListItem push(ListItem parent, Deque<ListItem> stack) {
        ListItem child = new ListItem();
        parent.items.add(child);
        stack.push(child);
        return child;
    }

    private static Item item(boolean isDigit, String text) {
        return isDigit ? new IntItem(new BigInteger(text)) : StringItem.of(text, false);
    }
}
