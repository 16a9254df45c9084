package dev.trusty.host.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.InputException;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which containers the bench looks at: name patterns to include and exclude (regular expressions,
 * found anywhere in the name, as Docker Bench's -i/-x), never the bench's own container (Trusty
 * running as a container must not flag itself), nor containers labelled {@code docker.bench.security}.
 */
public final class ContainerFilter implements Predicate<JsonNode> {
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final String ownId;

    /**
     * @param ownId this process's container id or its 12-character prefix (a container's hostname), or null
     */
    public ContainerFilter(List<String> include, List<String> exclude, String ownId) {
        this.include = include.stream().map(ContainerFilter::compile).toList();
        this.exclude = exclude.stream().map(ContainerFilter::compile).toList();
        this.ownId = ownId == null || !ownId.matches("[0-9a-f]{12,64}") ? null : ownId.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(JsonNode container) {
        String name = container.path("Name").asText("").replaceFirst("^/", "");
        String id = container.path("Id").asText("");
        if (ownId != null && !id.isEmpty() && (id.startsWith(ownId) || ownId.startsWith(id))) {
            return false;
        }
        if (container.path("Config").path("Labels").has("docker.bench.security")) {
            return false;
        }
        boolean in = include.isEmpty() || include.stream().anyMatch(p -> p.matcher(name).find());
        return in && exclude.stream().noneMatch(p -> p.matcher(name).find());
    }

    private static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InputException("bad container pattern '" + pattern + "': " + e.getDescription());
        }
    }
}
