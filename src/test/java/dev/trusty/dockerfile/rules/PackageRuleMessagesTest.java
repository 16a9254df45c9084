package dev.trusty.dockerfile.rules;

import dev.trusty.core.Finding;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DL3013-DL3029 rules name what they found (package, stage, image, program), not just the rule. */
class PackageRuleMessagesTest {

    private static String message(String ruleId, String dockerfile) {
        List<Finding> found = new DockerfileLinter(LintOptions.defaults()).lint("Dockerfile", dockerfile).report()
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found).as("%s findings on%n%s", ruleId, dockerfile).hasSize(1);
        return found.getFirst().message();
    }

    @Test
    void aptAndApkMessagesNameThePackages() {
        String run = "FROM debian:12\nRUN apt-get install -o Dpkg::Options::=--force-confnew curl wget=1.21\n";
        assertThat(message("TD014", run)).contains("curl, wget=1.21").doesNotContain("Dpkg");
        assertThat(message("TD015", run)).contains("curl, wget=1.21");
        assertThat(message("TD019", "FROM alpine:3.20\nRUN apk add --virtual .deps gcc=13.2.1-r0\n"))
                .contains("gcc=13.2.1-r0").doesNotContain(".deps");
        assertThat(message("TD027", "FROM debian:12\nRUN apt install -y curl\n")).contains("apt install");
    }

    @Test
    void pinningMessagesNameOnlyTheUnpinnedPackages() {
        assertThat(message("TD013", "FROM python:3.12\nRUN pip install flask==3.0.0 gunicorn "
                + "git+https://github.com/org/repo.git#egg=repo\n"))
                .contains("gunicorn", "git+https://github.com/org/repo.git#egg=repo").doesNotContain("flask");
        assertThat(message("TD016", "FROM node:20\nRUN npm install express@4.19.2 lodash\n"))
                .contains("lodash").doesNotContain("express");
        assertThat(message("TD225", "FROM node:20\nRUN npm add lodash\n")).contains("npm add", "lodash");
        assertThat(message("TD018", "FROM alpine:3.20\nRUN apk add curl=8.5.0-r0 git\n"))
                .contains("git").doesNotContain("curl");
        assertThat(message("TD028", "FROM ruby:3.3\nRUN gem install rails:7.1.3 rake\n"))
                .contains("rake").doesNotContain("rails");
    }

    @Test
    void instructionMessagesNameTheirSubject() {
        assertThat(message("TD020", "FROM debian:12\nADD app.py /app/\n")).contains("app.py");
        assertThat(message("TD021", "FROM debian:12\nCOPY a b /dest\n")).contains("/dest");
        assertThat(message("TD022", "FROM debian:12\nCOPY --from=biuld /a /a\n")).contains("biuld");
        assertThat(message("TD023", "FROM debian:12 AS build\nCOPY --from=build /a /a\n")).contains("build");
        assertThat(message("TD024", "FROM debian:12 AS a\nFROM debian:12 AS a\n")).contains("\"a\"", "line 1");
        assertThat(message("TD025", "FROM debian:12\nCMD node app.js\n")).contains("CMD", "'node'");
        assertThat(message("TD025", "FROM debian:12\nENTRYPOINT ['node', 'app.js']\n"))
                .contains("ENTRYPOINT ['node', 'app.js']", "no valid JSON");
        assertThat(message("TD029", "FROM --platform=linux/arm64 debian:12\n")).contains("linux/arm64");
    }
}
