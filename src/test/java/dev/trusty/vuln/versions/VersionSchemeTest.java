package dev.trusty.vuln.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VersionSchemeTest {

    static Stream<Arguments> trickyPairs() throws IOException {
        List<Arguments> pairs = new ArrayList<>();
        try (InputStream in = VersionSchemeTest.class.getResourceAsStream("/versions/tricky-pairs.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                pairs.add(Arguments.of(f[0], f[1], f[2], f[3]));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @MethodSource("trickyPairs")
    void ordersTrickyPairsLikeTheEcosystemsOwnTools(String scheme, String a, String op, String b) {
        VersionScheme s = VersionScheme.byName(scheme).orElseThrow();
        int expected = switch (op) {
            case "<" -> -1;
            case ">" -> 1;
            default -> 0;
        };
        assertThat(Integer.signum(s.compare(a, b))).as("%s %s %s", a, op, b).isEqualTo(expected);
        assertThat(Integer.signum(s.compare(b, a))).as("antisymmetric %s %s", b, a).isEqualTo(-expected);
    }

    @Test
    void everySchemeIsReflexiveAndTransitiveOnItsPairs() throws IOException {
        for (VersionScheme scheme : VersionScheme.values()) {
            List<String> versions = trickyPairs()
                    .filter(a -> VersionScheme.byName((String) a.get()[0]).orElseThrow() == scheme)
                    .flatMap(a -> Stream.of((String) a.get()[1], (String) a.get()[3]))
                    .distinct().toList();
            assertThat(versions).as(scheme.label()).isNotEmpty();
            for (String x : versions) {
                assertThat(scheme.compare(x, x)).isZero();
                for (String y : versions) {
                    for (String z : versions) {
                        if (scheme.compare(x, y) <= 0 && scheme.compare(y, z) <= 0) {
                            assertThat(scheme.compare(x, z)).as("%s: %s <= %s <= %s", scheme, x, y, z)
                                    .isLessThanOrEqualTo(0);
                        }
                    }
                }
            }
        }
    }

    @Test
    void invalidVersionsGetAStableOrderInsteadOfAnError() {
        assertThat(VersionScheme.PYPI.compare("1.0-foo", "1.0")).isNegative();
        assertThat(VersionScheme.NPM.compare("not-a-version", "0.0.1")).isNegative();
        assertThat(VersionScheme.GO.compare("(devel)", "0.0.1")).isNegative();
        assertThat(ApkVersion.isValid("1.0bc")).isFalse();
        assertThat(ApkVersion.isValid("1.36.1-r30")).isTrue();
    }

    @Test
    void mapsOsvEcosystemsToTheirOrdering() {
        assertThat(VersionScheme.forEcosystem("Debian:12")).contains(VersionScheme.DEB);
        assertThat(VersionScheme.forEcosystem("Alpine:v3.20")).contains(VersionScheme.APK);
        assertThat(VersionScheme.forEcosystem("Rocky Linux:9")).contains(VersionScheme.RPM);
        assertThat(VersionScheme.forEcosystem("crates.io")).contains(VersionScheme.CARGO);
        assertThat(VersionScheme.forEcosystem("Hex")).isEmpty();
    }
}
