package dev.trusty.host.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.Severity;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.Setting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Docker Bench's optional community group ({@code C.*}); run with {@code --check community}. */
final class CommunityChecks {
    private CommunityChecks() {
    }

    static final class LegacyRegistry extends BaseCheck {
        LegacyRegistry() {
            super("TH091", "C.2", "Ensure operations on legacy registry (v1) are Disabled", Severity.LOW,
                    "The v1 registry protocol has no content addressing; engines since 17.12 cannot use it at all.",
                    "Upgrade the engine; on older ones set \"disable-legacy-registry\": true.");
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            Optional<Setting> s = facts.settings().get("disable-legacy-registry");
            if (s.isPresent() && s.get().isFalse()) {
                return CheckResult.warn("the legacy v1 registry is explicitly allowed", DaemonChecks.of(s.get()));
            }
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            String version = facts.engine().get().version().path("Version").asText("");
            Evidence e = new Evidence("engine", "server version " + version);
            return version.matches("1[0-7]\\..*") && s.isEmpty()
                    ? CheckResult.warn("engine " + version + " still speaks registry v1 unless disabled", e)
                    : CheckResult.pass("the engine cannot use the v1 registry protocol", e);
        }
    }

    /** C.5.3.x: one dangerous capability added to any container (all states). */
    static final class Capability extends BaseCheck {
        private final String cap;

        Capability(String id, String benchId, String cap, Severity severity, String why) {
            super(id, benchId, "Ensure that CAP_" + cap + " Linux kernel capability is disabled", severity, why,
                    "Remove --cap-add " + cap + " (cap_add in compose); grant a narrower capability if one fits.");
            this.cap = cap;
        }

        @Override
        public CheckResult evaluate(HostFacts facts) {
            if (facts.engine().isEmpty()) {
                return CheckResult.noEngine();
            }
            List<Evidence> items = new ArrayList<>();
            for (JsonNode c : facts.engine().get().containers()) {
                for (JsonNode added : c.path("HostConfig").path("CapAdd")) {
                    String name = added.asText().toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "");
                    if (name.equals(cap) || name.equals("ALL")) {
                        items.add(new Evidence(OperationsChecks.containerName(c), "HostConfig.CapAdd contains " + added.asText()));
                    }
                }
            }
            return items.isEmpty() ? CheckResult.pass("no container adds CAP_" + cap)
                    : CheckResult.warn("containers add CAP_" + cap, items);
        }
    }
}
