package dev.trusty.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.Finding;
import dev.trusty.core.Policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs the real audit over text in each source format, for tests. */
final class Audits {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ContainerAudit AUDIT = new ContainerAudit(Policy.defaults(), Map.of());

    static ContainerAudit.Result file(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return AUDIT.auditFiles(List.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContainerAudit.Result compose(Path dir, String text) {
        return file(dir, "docker-compose.yml", text);
    }

    static ContainerAudit.Result kubernetes(Path dir, String text) {
        return file(dir, "deployment.yaml", text);
    }

    static ContainerAudit.Result run(String line) {
        return AUDIT.auditRunCommand(line);
    }

    static ContainerAudit.Result inspect(JsonNode node) {
        return AUDIT.auditInspect(List.of(node));
    }

    static JsonNode fixture(String name) {
        try (InputStream in = Audits.class.getResourceAsStream("/container/inspect/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing fixture container/inspect/" + name + ".json");
            }
            JsonNode node = JSON.readTree(in);
            return node.isArray() ? node.get(0) : node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> ids(ContainerAudit.Result result) {
        Set<String> ids = new TreeSet<>();
        result.containers().forEach(a -> a.report().findings().forEach(f -> ids.add(f.ruleId())));
        return ids;
    }

    static List<Finding> findings(ContainerAudit.Result result, String ruleId) {
        return result.containers().stream().flatMap(a -> a.report().findings().stream())
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private Audits() {
    }
}
