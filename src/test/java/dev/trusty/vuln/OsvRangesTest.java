package dev.trusty.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.vuln.versions.VersionScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsvRangesTest {

    private static OsvRanges.Event e(String kind, String version) {
        return new OsvRanges.Event(kind, version);
    }

    @Test
    void unsortedEventsAreSortedFirst() {
        List<OsvRanges.Event> log4j = List.of(e("introduced", "2.13.0"), e("fixed", "2.15.0"),
                e("introduced", "2.0-beta9"), e("fixed", "2.3.1"), e("introduced", "2.4"), e("fixed", "2.12.2"));
        var maven = VersionScheme.MAVEN.comparator();
        assertThat(OsvRanges.evaluate("2.14.1", log4j, maven)).isEqualTo(new OsvRanges.Verdict(true, "2.15.0"));
        assertThat(OsvRanges.evaluate("2.2", log4j, maven)).isEqualTo(new OsvRanges.Verdict(true, "2.3.1"));
        assertThat(OsvRanges.evaluate("2.3.1", log4j, maven).affected()).isFalse();
        assertThat(OsvRanges.evaluate("2.12.2", log4j, maven).affected()).isFalse();
        assertThat(OsvRanges.evaluate("2.0-beta8", log4j, maven).affected()).isFalse();
        assertThat(OsvRanges.evaluate("2.15.0", log4j, maven).affected()).isFalse();
    }

    @Test
    void lastAffectedIsInclusiveAndLimitBoundsTheRange() {
        var semver = VersionScheme.NPM.comparator();
        List<OsvRanges.Event> lastAffected = List.of(e("introduced", "1.0.0"), e("last_affected", "1.4.2"));
        assertThat(OsvRanges.evaluate("1.4.2", lastAffected, semver)).isEqualTo(new OsvRanges.Verdict(true, null));
        assertThat(OsvRanges.evaluate("1.4.3", lastAffected, semver).affected()).isFalse();
        assertThat(OsvRanges.evaluate("0.9.0", lastAffected, semver).affected()).isFalse();

        List<OsvRanges.Event> limited = List.of(e("introduced", "0"), e("limit", "2.0.0"));
        assertThat(OsvRanges.evaluate("1.9.9", limited, semver).affected()).isTrue();
        assertThat(OsvRanges.evaluate("2.0.0", limited, semver).affected()).isFalse();
        assertThat(OsvRanges.evaluate("5.0.0", List.of(e("introduced", "0"), e("limit", "*")), semver).affected()).isTrue();
    }
}
