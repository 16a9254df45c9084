package dev.trusty.report;

import dev.trusty.core.Finding;
import dev.trusty.core.Report;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.TargetReport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML, the format CI systems (Jenkins, GitLab, Azure, CircleCI) show natively: one test
 * suite per target, one test case per rule checked against it, one failure per finding. A rule
 * with no finding is a passing test, so the CI view also shows what was checked.
 */
public final class JUnitFormatter implements Formatter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String render(Report report) {
        List<String> suites = new ArrayList<>();
        int tests = 0;
        int failed = 0;
        for (TargetReport target : report.targets()) {
            Map<RuleInfo, List<Finding>> byRule = findingsByRule(target);
            tests += byRule.size();
            failed += failedCases(byRule);
            suites.add(suite(target, byRule));
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(Xml.attribute(report.tool() == null ? "trusty" : report.tool())).append('"')
                .append(" tests=\"").append(tests).append('"')
                .append(" failures=\"").append(failed).append('"')
                .append(" errors=\"0\"")
                .append(" time=\"").append(seconds(report.elapsed())).append("\">\n");
        suites.forEach(xml::append);
        return xml.append("</testsuites>\n").toString();
    }

    /** Every rule checked, in catalogue order, then any rule that reported without being listed. */
    private static Map<RuleInfo, List<Finding>> findingsByRule(TargetReport target) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        target.rulesChecked().forEach(r -> rules.putIfAbsent(r.id(), r));
        target.findings().forEach(f -> rules.putIfAbsent(f.ruleId(), f.rule()));
        Map<RuleInfo, List<Finding>> byRule = new LinkedHashMap<>();
        rules.values().forEach(r -> byRule.put(r, new ArrayList<>()));
        target.findings().forEach(f -> byRule.get(rules.get(f.ruleId())).add(f));
        return byRule;
    }

    /** JUnit counts failed test cases, not failure elements: a rule with 3 findings is 1 failed test. */
    private static int failedCases(Map<RuleInfo, List<Finding>> byRule) {
        return (int) byRule.values().stream().filter(findings -> !findings.isEmpty()).count();
    }

    private static String suite(TargetReport target, Map<RuleInfo, List<Finding>> byRule) {
        String name = target.target().name();
        StringBuilder xml = new StringBuilder();
        xml.append("  <testsuite name=\"").append(Xml.attribute(name)).append('"')
                .append(" tests=\"").append(byRule.size()).append('"')
                .append(" failures=\"").append(failedCases(byRule)).append('"')
                .append(" errors=\"0\" skipped=\"0\"")
                .append(" time=\"").append(seconds(target.elapsed())).append("\">\n");
        xml.append("    <properties>\n");
        property(xml, "kind", target.target().kind().label());
        property(xml, "suppressed", String.valueOf(target.suppressed()));
        xml.append("    </properties>\n");
        for (Map.Entry<RuleInfo, List<Finding>> entry : byRule.entrySet()) {
            RuleInfo rule = entry.getKey();
            xml.append("    <testcase classname=\"").append(Xml.attribute(name)).append('"')
                    .append(" name=\"").append(Xml.attribute(rule.id() + " " + rule.title())).append('"')
                    .append(" time=\"0\"");
            if (entry.getValue().isEmpty()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            for (Finding f : entry.getValue()) {
                xml.append("      <failure message=\"").append(Xml.attribute(f.message())).append('"')
                        .append(" type=\"").append(f.severity().label()).append("\">")
                        .append(Xml.text(failureText(f))).append("</failure>\n");
            }
            xml.append("    </testcase>\n");
        }
        return xml.append("  </testsuite>\n").toString();
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("      <property name=\"").append(Xml.attribute(name))
                .append("\" value=\"").append(Xml.attribute(value)).append("\"/>\n");
    }

    private static String failureText(Finding f) {
        StringBuilder text = new StringBuilder();
        text.append(f.severity().label()).append(' ').append(f.ruleId());
        if (!f.rule().aliases().isEmpty()) {
            text.append(" [").append(String.join(", ", f.rule().aliases())).append(']');
        }
        text.append(" at ").append(f.location().describe()).append('\n').append(f.message()).append('\n');
        if (!f.rule().remediation().isEmpty()) {
            text.append("Remediation: ").append(f.rule().remediation()).append('\n');
        }
        if (f.fix() != null && f.fix().command() != null) {
            text.append("Fix: ").append(f.fix().command()).append('\n');
        }
        return text.toString();
    }

    private static String seconds(Duration elapsed) {
        long millis = elapsed == null ? 0 : elapsed.toMillis();
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
