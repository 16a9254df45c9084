package dev.trusty.vuln;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * VEX statements that a vulnerability does not affect a product, from OpenVEX (0.0.1 and 0.2)
 * and CycloneDX VEX documents ({@code --vex FILE}). Products are purls: a statement without a
 * version covers every version, qualifiers are ignored; a statement without products covers all.
 */
public final class Vex {

    /** One "does not affect" statement: the vulnerability id, the products, and why. */
    public record Statement(String vulnerability, List<String> products, String status, String justification) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_AFFECTING = Set.of("not_affected", "fixed", "false_positive", "resolved");

    private final List<Statement> statements;

    public Vex(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    public List<Statement> statements() {
        return statements;
    }

    public static Vex load(List<Path> files) {
        List<Statement> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(load(file).statements);
        }
        return new Vex(all);
    }

    public static Vex load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw InputException.at(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        List<Statement> statements = new ArrayList<>();
        if (root != null && root.has("statements")) {
            for (JsonNode s : root.path("statements")) {
                JsonNode v = s.path("vulnerability");
                String id = v.isTextual() ? v.asText() : v.path("name").asText("");
                List<String> products = new ArrayList<>();
                for (JsonNode p : s.path("products")) {
                    products.add(p.isTextual() ? p.asText() : p.path("@id").asText(""));
                }
                statements.add(new Statement(id, products, s.path("status").asText(""), s.path("justification").asText("")));
            }
        } else if (root != null && "CycloneDX".equals(root.path("bomFormat").asText())) {
            for (JsonNode v : root.path("vulnerabilities")) {
                List<String> products = new ArrayList<>();
                v.path("affects").forEach(a -> products.add(a.path("ref").asText("")));
                statements.add(new Statement(v.path("id").asText(""), products,
                        v.path("analysis").path("state").asText(""), v.path("analysis").path("justification").asText("")));
            }
        } else {
            throw new InputException(file + ": not an OpenVEX or CycloneDX VEX document");
        }
        return new Vex(statements.stream().filter(s -> !s.vulnerability().isEmpty()).toList());
    }

    /** True when a statement says this match's vulnerability (by id or alias) does not affect its package. */
    public boolean suppresses(VulnMatch match) {
        String purl = match.pkg().purl();
        for (Statement s : statements) {
            if (!NOT_AFFECTING.contains(s.status())) {
                continue;
            }
            if (!s.vulnerability().equals(match.id()) && !match.aliases().contains(s.vulnerability())) {
                continue;
            }
            if (s.products().isEmpty() || s.products().stream().anyMatch(p -> covers(p, purl))) {
                return true;
            }
        }
        return false;
    }

    public List<VulnMatch> filter(List<VulnMatch> matches) {
        return matches.stream().filter(m -> !suppresses(m)).toList();
    }

    /** {@code pkg:deb/debian/zlib1g} covers {@code pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64}. */
    static boolean covers(String statementPurl, String packagePurl) {
        String[] s = split(statementPurl);
        String[] p = split(packagePurl);
        return s[0].equals(p[0]) && (s[1].isEmpty() || s[1].equals(p[1]));
    }

    /** Base (type/namespace/name) and version, percent-decoded, qualifiers and subpath dropped. */
    private static String[] split(String purl) {
        String p = purl;
        int cut = indexOfAny(p, '?', '#');
        if (cut >= 0) {
            p = p.substring(0, cut);
        }
        int at = p.lastIndexOf('@');
        String base = at > p.lastIndexOf('/') ? p.substring(0, at) : p;
        String version = at > p.lastIndexOf('/') ? p.substring(at + 1) : "";
        return new String[] {decode(base), decode(version)};
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
