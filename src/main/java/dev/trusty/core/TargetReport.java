package dev.trusty.core;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * What one target produced: the rules that were checked against it (so formats such as JUnit can
 * show passing rules too), the findings that survived suppression, and how many were suppressed.
 */
public record TargetReport(Target target, List<RuleInfo> rulesChecked, List<Finding> findings,
                           int suppressed, Duration elapsed) {

    /** Findings in source order (line, column, then the location's text), then by severity and rule id. */
    public static final Comparator<Finding> ORDER = TargetReport::compare;

    private static int compare(Finding a, Finding b) {
        Location.File sa = sourceOf(a);
        Location.File sb = sourceOf(b);
        int c = Integer.compare(sa == null ? 0 : sa.line(), sb == null ? 0 : sb.line());
        if (c == 0) {
            c = Integer.compare(sa == null ? 0 : sa.column(), sb == null ? 0 : sb.column());
        }
        if (c == 0 && !samePlace(a.location(), b.location())) {
            c = natural(a.location().describe(), b.location().describe());
        }
        if (c == 0) {
            c = a.severity().compareTo(b.severity());
        }
        return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
    }

    /** Two positions in one file at the same line and column describe alike: no need to build their texts. */
    private static boolean samePlace(Location x, Location y) {
        return x instanceof Location.File fx && y instanceof Location.File fy && fx.line() == fy.line()
                && fx.column() == fy.column() && fx.path().equals(fy.path());
    }

    /** The text position a finding points at, directly or through the container setting's origin. */
    private static Location.File sourceOf(Finding f) {
        return switch (f.location()) {
            case Location.File file -> file;
            case Location.ContainerField field -> field.source();
            default -> null;
        };
    }

    /** Text order with runs of digits compared as numbers, so {@code history[2]} comes before {@code history[10]}. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                int endB = j;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byValue = compareDigits(a, i, endA, b, j, endB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Two runs of digits by value, without parsing: fewer significant digits is smaller, else the first difference. */
    private static int compareDigits(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        if (endA - i != endB - j) {
            return Integer.compare(endA - i, endB - j);
        }
        for (; i < endA; i++, j++) {
            if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            }
        }
        return 0;
    }

    /** The findings in {@link #ORDER}, read-only; one report per file is made, so without a stream. */
    private static List<Finding> sorted(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> copy = new java.util.ArrayList<>(findings);
        copy.sort(ORDER);
        return java.util.Collections.unmodifiableList(copy);
    }

    public TargetReport {
        rulesChecked = List.copyOf(rulesChecked);
        findings = sorted(findings);
    }
}
