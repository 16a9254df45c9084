package dev.trusty.host.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.Reference;
import dev.trusty.core.Severity;
import dev.trusty.host.facts.EngineFacts;
import dev.trusty.host.facts.FileFact;
import dev.trusty.host.facts.HostFacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Sections 4 (images), 5.1 (swarm mode) and 6 (operations): what the Engine API shows. */
final class OperationsChecks {
    private OperationsChecks() {
    }

    static String containerName(JsonNode c) {
        String name = c.path("Name").asText(c.path("Id").asText("?"));
        return name.startsWith("/") ? name.substring(1) : name;
    }

    static String imageName(JsonNode image) {
        JsonNode tags = image.path("RepoTags");
        if (tags.isArray() && !tags.isEmpty()) {
            return tags.get(0).asText();
        }
        String id = image.path("Id").asText("?");
        return id.startsWith("sha256:") && id.length() > 19 ? id.substring(7, 19) : id;
    }

    /** 4.1: containers run as root. Stopped and created containers count too (Docker Bench sees running ones only). */
    static final class ContainerUser extends BaseCheck {
        ContainerUser() {
            super("TH063", "4.1", "Ensure that a user for the container has been created", Severity.MEDIUM,
                    "A process running as root in a container is root on the host after an escape, and may write to every mounted volume.",
                    "Add a USER instruction to the image (USER 10001) or run with --user; Trusty also checks stopped and created "
                            + "containers, which Docker Bench skips.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            EngineFacts engine = facts.engine().get();
            List<JsonNode> containers = engine.containers();
            if (containers.isEmpty()) {
                return CheckResult.info("no containers");
            }
            List<Evidence> root = new ArrayList<>();
            for (JsonNode c : containers) {
                String user = c.path("Config").path("User").asText("");
                if (user.isEmpty() || user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:")) {
                    root.add(new Evidence(containerName(c), "Config.User=\"" + user + "\" (" + c.path("State").path("Status").asText("?") + ")"));
                }
            }
            return root.isEmpty() ? CheckResult.pass("every container runs as a non-root user")
                    : CheckResult.warn("containers running as root", root);
        }
    }

    static final class ContentTrust extends BaseCheck {
        ContentTrust() {
            super("TH067", "4.5", "Ensure Content trust for Docker is Enabled", Severity.LOW,
                    "Without content trust the client accepts unsigned images. Docker has retired Notary-based DCT for Docker Hub; "
                            + "signature checks (cosign, notation) in the pipeline are the current equivalent.",
                    "export DOCKER_CONTENT_TRUST=1 in the environment of whoever pulls images, or verify signatures in CI.");
            // Dockle's CIS-DI-0005 looks at the same thing: the scanning host's environment, not the image
            alsoKnownAs(Reference.Kind.DOCKLE, "CIS-DI-0005");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            String value = facts.contentTrust().orElse(null);
            if ("1".equals(value)) {
                return CheckResult.pass("DOCKER_CONTENT_TRUST=1", new Evidence("DOCKER_CONTENT_TRUST", "1 in this environment"));
            }
            return CheckResult.warn("content trust is not enabled in this environment",
                    new Evidence("DOCKER_CONTENT_TRUST", value == null ? "not set in this environment" : "=" + value));
        }
    }

    static final class ImageHealthcheck extends BaseCheck {
        ImageHealthcheck() {
            super("TH068", "4.6", "Ensure that HEALTHCHECK instructions have been added to container images", Severity.LOW,
                    "Without a health check the engine cannot tell a hung service from a working one.",
                    "Add a HEALTHCHECK instruction to the Dockerfile.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            List<JsonNode> images = facts.engine().get().images();
            if (images.isEmpty()) {
                return CheckResult.info("no images");
            }
            List<Evidence> missing = new ArrayList<>();
            for (JsonNode image : images) {
                JsonNode hc = image.path("Config").path("Healthcheck");
                if (hc.isMissingNode() || hc.isNull() || hc.path("Test").isEmpty()) {
                    missing.add(new Evidence(imageName(image), "Config.Healthcheck is not set"));
                }
            }
            return missing.isEmpty() ? CheckResult.pass("every image has a HEALTHCHECK")
                    : CheckResult.warn("images without HEALTHCHECK", missing);
        }
    }

    /** 4.7 and 4.9 read image history: a pattern over each layer's CreatedBy. */
    static final class HistoryCheck extends BaseCheck {
        private final Pattern pattern;
        private final Pattern unless;
        private final boolean skipBase;
        private final String found;

        HistoryCheck(String id, String benchId, String title, String why, String fix, Pattern pattern, Pattern unless,
                     boolean skipBase, String found) {
            super(id, benchId, title, Severity.INFO, why, fix);
            this.pattern = pattern;
            this.unless = unless;
            this.skipBase = skipBase;
            this.found = found;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            List<Evidence> items = new ArrayList<>();
            for (JsonNode image : facts.engine().get().images()) {
                List<JsonNode> history = facts.engine().get().history(image.path("Id").asText());
                int last = skipBase ? history.size() - 1 : history.size();
                for (int i = 0; i < last; i++) {
                    String createdBy = history.get(i).path("CreatedBy").asText("");
                    if (pattern.matcher(createdBy).find() && (unless == null || !unless.matcher(createdBy).find())) {
                        items.add(new Evidence(imageName(image), abbreviate(createdBy)));
                    }
                }
            }
            return items.isEmpty() ? CheckResult.pass("no image history matches") : CheckResult.info(found, items);
        }

        private static String abbreviate(String s) {
            String t = s.replaceFirst("^/bin/sh -c (#\\(nop\\)\\s*)?", "").strip();
            return t.length() > 120 ? t.substring(0, 117) + "..." : t;
        }
    }

    /** 4.10: secret-looking names in image and container environments (values are never shown). */
    static final class SecretsInEnv extends BaseCheck {
        private static final Pattern SECRET = Pattern.compile(
                "(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)", Pattern.CASE_INSENSITIVE);

        SecretsInEnv() {
            super("TH072", "4.10", "Ensure secrets are not stored in Dockerfiles", Severity.HIGH,
                    "ENV and ARG values are stored in the image config and history: anyone who can pull the image can read them.",
                    "Pass secrets at run time (docker secrets, mounted files, BuildKit --secret for builds) and rebuild images without them. "
                            + "Docker Bench only prints a note here; Trusty lists the variable names (never the values).");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            List<Evidence> items = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode image : facts.engine().get().images()) {
                for (JsonNode env : image.path("Config").path("Env")) {
                    String name = env.asText().split("=", 2)[0];
                    if (SECRET.matcher(name).find() && seen.add(imageName(image) + name)) {
                        items.add(new Evidence(imageName(image), "Config.Env sets " + name));
                    }
                }
            }
            return items.isEmpty() ? CheckResult.pass("no secret-looking variable in image configs")
                    : CheckResult.warn("images carry secret-looking environment variables", items);
        }
    }

    static final class SwarmMode extends BaseCheck {
        SwarmMode() {
            super("TH075", "5.1", "Ensure swarm mode is not Enabled, if not needed", Severity.LOW,
                    "Swarm mode opens management ports (2377, 7946, 4789) and runs a cluster CA that must be looked after.",
                    "If this host is not part of a swarm: docker swarm leave --force.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            String state = facts.engine().get().info().path("Swarm").path("LocalNodeState").asText("inactive");
            Evidence e = new Evidence("engine", "/info Swarm.LocalNodeState=" + state);
            return state.equals("inactive") || state.isEmpty() ? CheckResult.pass("swarm mode is off", e)
                    : CheckResult.warn("swarm mode is " + state + "; confirm this host needs it", e);
        }
    }

    static final class ImageSprawl extends BaseCheck {
        ImageSprawl() {
            super("TH076", "6.1", "Ensure that image sprawl is avoided", Severity.INFO,
                    "Unused images keep old, vulnerable software around and may be started by mistake.",
                    "Remove images no container uses: docker image prune -a (after checking the list).");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            Set<String> used = new HashSet<>();
            facts.engine().get().containers().forEach(c -> used.add(c.path("Image").asText()));
            List<Evidence> unused = new ArrayList<>();
            List<JsonNode> images = facts.engine().get().images();
            for (JsonNode image : images) {
                if (!used.contains(image.path("Id").asText())) {
                    unused.add(new Evidence(imageName(image), "used by no container"));
                }
            }
            return CheckResult.info(images.size() + " images, " + (images.size() - unused.size()) + " in use by containers", unused);
        }
    }

    static final class ContainerSprawl extends BaseCheck {
        ContainerSprawl() {
            super("TH077", "6.2", "Ensure that container sprawl is avoided", Severity.INFO,
                    "Stopped containers keep their configuration, volumes and data; they are forgotten but can be started again.",
                    "Remove containers that are not needed: docker container prune (after checking the list).");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            List<Evidence> stopped = new ArrayList<>();
            List<JsonNode> containers = facts.engine().get().containers();
            for (JsonNode c : containers) {
                if (!c.path("State").path("Running").asBoolean(false)) {
                    stopped.add(new Evidence(containerName(c), "state " + c.path("State").path("Status").asText("?")));
                }
            }
            return CheckResult.info(containers.size() + " containers, " + (containers.size() - stopped.size()) + " running", stopped);
        }
    }

    /** Trusty-only: key.json (the daemon's identity key) is private to root. */
    static final class KeyJson extends BaseCheck {
        KeyJson() {
            super("TH089", null, "Ensure the daemon's key.json has restricted permissions", Severity.MEDIUM,
                    "/etc/docker/key.json is the daemon's private identity key; readable by others it can be copied to impersonate the daemon.",
                    "chown root:root /etc/docker/key.json && chmod 600 /etc/docker/key.json");
        }

        @Override
        public boolean readsLocalHost() {
            return true;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            FileFact key = facts.file(HostFacts.Role.KEY_JSON).orElse(FileFact.missing("/etc/docker/key.json"));
            return switch (key.state()) {
                case MISSING -> CheckResult.info("no key.json (newer engines do not create one)", new Evidence(key.path(), "not present"));
                case DENIED -> CheckResult.needsRoot(key.path());
                case PRESENT -> key.uid() == 0 && key.modeWithin(0600)
                        ? CheckResult.pass("key.json is private to root", new Evidence(key.path(), key.describe()))
                        : CheckResult.warn("key.json must be mode 600 or stricter and owned by root", new Evidence(key.path(), key.describe()));
            };
        }
    }
}
