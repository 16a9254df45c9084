package dev.trusty.report;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Report;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitFormatterTest {

    /** Parses with the JDK's XML parser, which rejects anything not well-formed. */
    private static Document parse(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JUnitFormatter().write(report, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void oneSuitePerTargetOneCasePerRuleOneFailurePerFinding() throws Exception {
        Element root = parse(SampleReport.report()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("11");
        assertThat(root.getAttribute("failures")).isEqualTo("9");
        assertThat(root.getAttribute("time")).isEqualTo("0.420");

        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly(
                "app/Dockerfile", "example/app:1.0", SampleReport.COMPOSE, "web-1", "host", "k8s/pod.yaml");

        Element dockerfile = suites.getFirst();
        assertThat(dockerfile.getAttribute("tests")).isEqualTo("5");
        assertThat(dockerfile.getAttribute("failures")).isEqualTo("4");
        List<Element> cases = children(dockerfile, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly(
                "TD007 Base image uses 'latest'", "TD012 Pin versions in apt-get install", "TD002 Last USER is root",
                "TD020 No HEALTHCHECK", "TD011 Do not use sudo");
        assertThat(cases).allSatisfy(c -> assertThat(c.getAttribute("classname")).isEqualTo("app/Dockerfile"));
        assertThat(children(cases.get(4), "failure")).as("sudo rule passed").isEmpty();

        Element failure = children(cases.getFirst(), "failure").getFirst();
        assertThat(failure.getAttribute("type")).isEqualTo("medium");
        assertThat(failure.getAttribute("message")).isEqualTo("'debian:latest' is not pinned");
        assertThat(failure.getTextContent()).isEqualTo("""
                medium TD007 [DL3007, CIS-4.2] at app/Dockerfile:1:13
                'debian:latest' is not pinned
                Remediation: Pin a version tag, and a digest for production images.
                """);

        Element clean = suites.getLast();
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        assertThat(children(clean, "testcase")).hasSize(1);
        assertThat(((Element) clean.getElementsByTagName("property").item(1)).getAttribute("value")).isEqualTo("1");
    }

    @Test
    void aRuleWithSeveralFindingsIsOneCaseWithSeveralFailures() throws Exception {
        Finding first = Finding.of(SampleReport.APT_PIN, new Location.File("Dockerfile", 3, 1, 3, 5), "'curl' has no version");
        Finding second = Finding.of(SampleReport.APT_PIN, new Location.File("Dockerfile", 4, 1, 4, 5), "'git' has no version");
        TargetReport target = new TargetReport(new Target("Dockerfile", Target.Kind.DOCKERFILE),
                List.of(SampleReport.APT_PIN), List.of(first, second), 0, Duration.ZERO);
        Element suite = (Element) parse(new Report("trusty", "0.1.0", List.of(target), List.of(), null))
                .getElementsByTagName("testsuite").item(0);
        List<Element> cases = children(suite, "testcase");
        assertThat(cases).hasSize(1);
        assertThat(suite.getAttribute("failures")).as("failed test cases, not failure elements").isEqualTo("1");
        assertThat(children(cases.getFirst(), "failure")).extracting(f -> f.getAttribute("message"))
                .containsExactly("'curl' has no version", "'git' has no version");
    }

    @Test
    void escapesMarkupQuotesNewlinesAndDropsCharactersXmlCannotHold() throws Exception {
        Element root = parse(SampleReport.report()).getDocumentElement();
        Element failure = (Element) root.getElementsByTagName("failure").item(2);
        // attribute values keep their line break thanks to &#10;
        assertThat(failure.getAttribute("message")).isEqualTo("USER is \"root\" <&> in stage 'büild' ✓\nsecond line \uFFFD[2J");
        assertThat(failure.getTextContent()).contains("<&>", "büild' ✓\nsecond line \uFFFD[2J");
        assertThat(root.getElementsByTagName("testsuite").item(2)).satisfies(
                s -> assertThat(((Element) s).getAttribute("name")).isEqualTo("deploy/dé ploy/docker-compose.yml"));
    }

    @Test
    void xmlEscaperHandlesEverySpecialCharacter() {
        assertThat(Xml.attribute("a\"b<c>&d\ne\tf\rg")).isEqualTo("a&quot;b&lt;c&gt;&amp;d&#10;e&#9;f&#13;g");
        assertThat(Xml.text("a\"b<c>&d\ne\u0000f\uD83D\uDE00")).isEqualTo("a\"b&lt;c&gt;&amp;d\ne\uFFFDf\uD83D\uDE00");
    }
}
