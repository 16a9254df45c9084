package dev.trusty.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything users read about a rule: its stable id, the ids other tools use for it, what it is
 * about, why it matters and how to fix it. Immutable; built fluently next to the rule's logic:
 *
 * <pre>{@code
 * static final RuleInfo INFO = RuleInfo.of("TD007", Domain.DOCKERFILE, "Base image uses 'latest'", Severity.MEDIUM)
 *         .hadolint("DL3007").cis("4.2")
 *         .why("Builds stop being reproducible.")
 *         .fix("Pin a version tag, and a digest for production images.");
 * }</pre>
 */
public record RuleInfo(
        String id,
        Domain domain,
        String title,
        Severity severity,
        String rationale,
        String remediation,
        List<Reference> references,
        List<String> tags) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        rationale = rationale == null ? "" : rationale;
        remediation = remediation == null ? "" : remediation;
        references = List.copyOf(references);
        tags = List.copyOf(tags);
    }

    public static RuleInfo of(String id, Domain domain, String title, Severity severity) {
        return new RuleInfo(id, domain, title, severity, "", "", List.of(), List.of());
    }

    public RuleInfo why(String text) {
        return new RuleInfo(id, domain, title, severity, text, remediation, references, tags);
    }

    public RuleInfo fix(String text) {
        return new RuleInfo(id, domain, title, severity, rationale, text, references, tags);
    }

    public RuleInfo tags(String... more) {
        List<String> all = new ArrayList<>(tags);
        all.addAll(List.of(more));
        return new RuleInfo(id, domain, title, severity, rationale, remediation, references, all);
    }

    public RuleInfo ref(Reference.Kind kind, String refId) {
        List<Reference> all = new ArrayList<>(references);
        all.add(new Reference(kind, refId));
        return new RuleInfo(id, domain, title, severity, rationale, remediation, all, tags);
    }

    public RuleInfo hadolint(String code) {
        return ref(Reference.Kind.HADOLINT, code);
    }

    public RuleInfo shellcheck(String code) {
        return ref(Reference.Kind.SHELLCHECK, code);
    }

    public RuleInfo buildkit(String checkName) {
        return ref(Reference.Kind.BUILDKIT, checkName);
    }

    public RuleInfo trivy(String checkId) {
        return ref(Reference.Kind.TRIVY, checkId);
    }

    public RuleInfo dockle(String checkId) {
        return ref(Reference.Kind.DOCKLE, checkId);
    }

    public RuleInfo cis(String section) {
        return ref(Reference.Kind.CIS, section);
    }

    public RuleInfo cwe(int number) {
        return ref(Reference.Kind.CWE, "CWE-" + number);
    }

    public RuleInfo podSecurity(String control) {
        return ref(Reference.Kind.POD_SECURITY, control);
    }

    /** The ids users may write instead of {@link #id()}: every reference's alias. */
    public List<String> aliases() {
        return references.stream().map(Reference::alias).toList();
    }

    /** True when {@code name} is this rule's id or one of its aliases, ignoring case. */
    public boolean isKnownAs(String name) {
        String n = name.trim();
        if (id.equalsIgnoreCase(n)) {
            return true;
        }
        for (Reference ref : references) {
            if (ref.alias().equalsIgnoreCase(n) || ref.id().equalsIgnoreCase(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * This rule as one of its findings is known: without the references whose alias is in {@code dropped}.
     * A rule that stands for several tools' checks of one problem drops, per finding, the aliases of the
     * tools whose own check would not report that case, so ignoring a tool's id silences exactly what
     * that tool reported.
     */
    public RuleInfo withoutAliases(java.util.Collection<String> dropped) {
        List<Reference> kept = references.stream().filter(r -> !dropped.contains(r.alias())).toList();
        return kept.size() == references.size() ? this
                : new RuleInfo(id, domain, title, severity, rationale, remediation, kept, tags);
    }

    /** Reference URLs, for formats that carry links (SARIF helpUri, JSON references). */
    public List<String> referenceUrls() {
        return references.stream().map(Reference::url).filter(Objects::nonNull).distinct().toList();
    }

    public String slug() {
        return id.toLowerCase(Locale.ROOT);
    }
}
