package dev.trusty.core;

import java.util.Locale;

/**
 * An id under which another tool or standard knows the same check. Every reference id is also an
 * alias of the rule: {@code --ignore DL3008} works as well as {@code --ignore TD012}.
 */
public record Reference(Kind kind, String id) {

    public enum Kind {
        HADOLINT("hadolint"),
        SHELLCHECK("ShellCheck"),
        BUILDKIT("BuildKit check"),
        TRIVY("Trivy"),
        DOCKLE("Dockle"),
        CIS("CIS Docker Benchmark"),
        POD_SECURITY("Kubernetes Pod Security Standards"),
        CWE("CWE"),
        OTHER("reference");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The spelling users write in ignore lists: {@code DL3008}, {@code CIS-4.1}, {@code CWE-250}. */
    public String alias() {
        return switch (kind) {
            case CIS -> "CIS-" + id;
            case CWE -> id.toUpperCase(Locale.ROOT).startsWith("CWE-") ? id : "CWE-" + id;
            default -> id;
        };
    }

    /** A page that documents the referenced check, when there is a stable one. */
    public String url() {
        return switch (kind) {
            case HADOLINT -> "https://github.com/hadolint/hadolint/wiki/" + id;
            case SHELLCHECK -> "https://www.shellcheck.net/wiki/" + id;
            case BUILDKIT -> "https://docs.docker.com/reference/build-checks/" + kebab(id) + "/";
            case TRIVY -> "https://avd.aquasec.com/misconfig/" + id.toLowerCase(Locale.ROOT);
            case DOCKLE -> "https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#" + id.toLowerCase(Locale.ROOT);
            case CIS -> "https://www.cisecurity.org/benchmark/docker";
            case POD_SECURITY -> "https://kubernetes.io/docs/concepts/security/pod-security-standards/";
            case CWE -> "https://cwe.mitre.org/data/definitions/" + alias().substring(4) + ".html";
            case OTHER -> id.startsWith("http") ? id : null;
        };
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
