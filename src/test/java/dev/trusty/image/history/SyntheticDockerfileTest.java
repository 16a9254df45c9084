package dev.trusty.image.history;

import dev.trusty.image.sources.ImageConfig.HistoryEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDockerfileTest {

    static List<HistoryEntry> history(String... createdBy) {
        List<HistoryEntry> out = new ArrayList<>();
        for (int i = 0; i < createdBy.length; i++) {
            out.add(new HistoryEntry(i, createdBy[i], "", i));
        }
        return out;
    }

    @Test
    void buildArgNamesAreDeclaredWithoutTheirValues() {
        SyntheticDockerfile df = SyntheticDockerfile.of(history(
                "|2 TOKEN=s3cr3t-value VERSION=1.2 /bin/sh -c curl -H \"x: $TOKEN\" https://x/$VERSION -o /x",
                "|2 TOKEN=s3cr3t-value VERSION=1.2 /bin/sh -c echo again"));
        assertThat(df.text()).isEqualTo("""
                FROM scratch
                ARG TOKEN
                ARG VERSION
                RUN curl -H "x: $TOKEN" https://x/$VERSION -o /x
                RUN echo again
                """).doesNotContain("s3cr3t");
        assertThat(df.at(4).entry().index()).isZero();
        assertThat(df.at(5).entry().index()).isEqualTo(1);
        assertThat(df.at(1)).isNull();
        assertThat(df.at(2)).isNull();
    }

    @Test
    void multiLineRunsBecomeHeredocsAndLaterLinesStayAligned() {
        SyntheticDockerfile df = SyntheticDockerfile.of(history(
                "RUN /bin/sh -c set -e\n# not a comment to the parser\napk add jq # buildkit",
                "WORKDIR /app"));
        assertThat(df.text()).isEqualTo("""
                FROM scratch
                RUN <<'TRUSTY_HISTORY_EOF'
                set -e
                # not a comment to the parser
                apk add jq
                TRUSTY_HISTORY_EOF
                WORKDIR /app
                """);
        assertThat(df.at(2).entry().index()).isZero();
        assertThat(df.at(7).entry().index()).isEqualTo(1);
    }

    @Test
    void oddEntriesAreLeftOutWithoutDisturbingTheOthers() {
        SyntheticDockerfile df = SyntheticDockerfile.of(history(
                "/bin/sh -c #(nop) COPY",                    // no arguments: the parser refuses it
                "SHELL [/bin/bash -o pipefail -c]",           // each RUN records its own shell
                "",                                           // nothing to rebuild
                "/bin/sh -c #(nop) HEALTHCHECK &{[\"CMD\" \"true\"] \"30s\" \"0s\" \"0s\" '\\x00'}",
                "/bin/sh -c echo trailing \\",               // would swallow the next line
                "/bin/sh -c #(nop)  LABEL a=b"));
        assertThat(df.text()).startsWith("FROM scratch\n").contains("RUN echo trailing\n").endsWith("LABEL a=b\n")
                .doesNotContain("SHELL").doesNotContain("COPY");
        assertThat(df.entries().values()).extracting(s -> s.entry().index()).contains(4, 5).doesNotContain(0, 1, 2);
    }
}
