package dev.trusty.dockerfile.syntax;

import java.util.List;
import java.util.Random;

/** Builds varied, valid Dockerfiles from fragments: continuations, comments, heredocs, both escapes. */
final class DockerfileGenerator {
    private static final List<String> BASES = List.of("alpine", "debian:12", "ghcr.io/o/i:1@sha256:ab",
            "${BASE}", "scratch", "localhost:5000/x");
    private static final List<String> BODIES = List.of(
            "RUN apt-get update && apt-get install -y curl",
            "RUN [\"echo\", \"json \\\"form\\\"\"]",
            "RUN --mount=type=cache,target=/c pip install -r req.txt",
            "CMD ['not', 'json']",
            "ENTRYPOINT [\"/bin/app\", \"--flag\"]",
            "ENV A=1 B=\"two words\" C=x\\ y",
            "ENV LEGACY some value",
            "LABEL a=b \"c d\"=e",
            "ARG X=\"1 2\" Y",
            "COPY --chown=1:1 a b /dst/",
            "ADD [\"a b\", \"/c\"]",
            "WORKDIR /srv/app",
            "USER 1000:1000",
            "EXPOSE 80 443/udp",
            "VOLUME /data",
            "HEALTHCHECK --interval=10s CMD curl -f http://localhost/",
            "HEALTHCHECK NONE",
            "STOPSIGNAL SIGTERM",
            "ONBUILD RUN echo trigger",
            "SHELL [\"/bin/bash\", \"-c\"]",
            "RUN echo # hash kept",
            "MAINTAINER someone");

    private DockerfileGenerator() {
    }

    static String generate(Random r) {
        boolean backtick = r.nextInt(5) == 0;
        char esc = backtick ? '`' : '\\';
        StringBuilder out = new StringBuilder();
        if (backtick) {
            out.append("# escape=`\n");
        }
        if (r.nextBoolean()) {
            out.append("ARG BASE=alpine\n");
        }
        int stages = 1 + r.nextInt(3);
        for (int s = 0; s < stages; s++) {
            out.append(r.nextBoolean() ? "FROM " : "from ").append(BASES.get(r.nextInt(BASES.size())));
            out.append(r.nextBoolean() ? " AS s" + s : "").append('\n');
            int n = r.nextInt(8);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(6) == 0) {
                    out.append("# comment ").append(i).append('\n');
                }
                if (r.nextInt(7) == 0) {
                    out.append('\n');
                }
                String body = BODIES.get(r.nextInt(BODIES.size())).replace("\\ ", esc + " ");
                if (r.nextInt(4) == 0) {
                    out.append(heredoc(r));
                    continue;
                }
                out.append(r.nextInt(4) == 0 ? continued(body, esc, r) : body).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
            }
        }
        return out.toString();
    }

    private static String continued(String body, char esc, Random r) {
        int space = body.indexOf(' ', 4);
        if (space < 0) {
            return body;
        }
        String sep = esc + (r.nextBoolean() ? "\n" : " \t\n") + (r.nextBoolean() ? "# inner comment\n" : "")
                + (r.nextInt(3) == 0 ? "\n" : "");
        return body.substring(0, space + 1) + sep + "   " + body.substring(space + 1);
    }

    private static String heredoc(Random r) {
        String name = r.nextBoolean() ? "EOF" : "END" + r.nextInt(9);
        String opener = switch (r.nextInt(4)) {
            case 0 -> "<<" + name;
            case 1 -> "<<-" + name;
            case 2 -> "<<\"" + name + "\"";
            default -> "<<'" + name + "'";
        };
        String cmd = switch (r.nextInt(3)) {
            case 0 -> "RUN " + opener;
            case 1 -> "RUN cat " + opener + " > /out";
            default -> "COPY " + opener + " /etc/conf";
        };
        String body = r.nextBoolean() ? "" : "line $X\n\t# not a comment \\\n";
        return cmd + "\n" + body + (opener.startsWith("<<-") ? "\t" : "") + name + "\n";
    }
}
