package dev.trusty.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCatalogTest {
    private static final RuleInfo USER = RuleInfo.of("TD002", Domain.DOCKERFILE, "Runs as root", Severity.HIGH)
            .hadolint("DL3002").cis("4.1");
    private static final RuleInfo PRIV = RuleInfo.of("TC001", Domain.CONTAINER, "Privileged", Severity.CRITICAL)
            .cis("5.5").cwe(250);
    private static final RuleInfo ROOT = RuleInfo.of("TC010", Domain.CONTAINER, "Root user", Severity.MEDIUM)
            .cis("4.1").cwe(250);

    @Test
    void looksUpByIdAndAliases() {
        RuleCatalog catalog = new RuleCatalog(List.of(ROOT, PRIV, USER));
        assertThat(catalog.all()).extracting(RuleInfo::id).containsExactly("TC001", "TC010", "TD002");
        assertThat(catalog.byId("td002")).contains(USER);
        assertThat(catalog.lookup("dl3002")).containsExactly(USER);
        assertThat(catalog.lookup("CIS-4.1")).containsExactlyInAnyOrder(USER, ROOT);
        assertThat(catalog.lookup("CWE-250")).containsExactlyInAnyOrder(PRIV, ROOT);
        assertThat(catalog.lookup("nothing")).isEmpty();
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> new RuleCatalog(List.of(USER, USER))).hasMessageContaining("duplicate rule id TD002");
    }

    @Test
    void referencesRenderAliasesAndUrls() {
        assertThat(USER.aliases()).containsExactly("DL3002", "CIS-4.1");
        assertThat(USER.referenceUrls()).first().asString().endsWith("/DL3002");
        assertThat(new Reference(Reference.Kind.BUILDKIT, "SecretsUsedInArgOrEnv").url())
                .endsWith("/secrets-used-in-arg-or-env/");
        assertThat(new Reference(Reference.Kind.BUILDKIT, "JSONArgsRecommended").url())
                .endsWith("/json-args-recommended/");
        assertThat(new Reference(Reference.Kind.CWE, "CWE-250").url()).endsWith("/250.html");
    }

    @Test
    void severityParsingAndOrdering() {
        assertThat(Severity.parse("Error")).isEqualTo(Severity.HIGH);
        assertThat(Severity.parse("style")).isEqualTo(Severity.LOW);
        assertThat(Severity.HIGH.atLeast(Severity.MEDIUM)).isTrue();
        assertThat(Severity.LOW.atLeast(Severity.MEDIUM)).isFalse();
        assertThatThrownBy(() -> Severity.parse("meh")).isInstanceOf(IllegalArgumentException.class);
    }
}
