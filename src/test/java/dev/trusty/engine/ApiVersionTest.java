package dev.trusty.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiVersionTest {

    @Test
    void ordersNumericallyNotAsText() {
        assertThat(ApiVersion.parse("1.9")).isLessThan(ApiVersion.parse("1.41"));
        assertThat(ApiVersion.parse("1.41")).isLessThan(ApiVersion.parse("2.0"));
        assertThat(ApiVersion.parse(" 1.41 ").toString()).isEqualTo("1.41");
        assertThat(ApiVersion.parse("1.44").atLeast(1, 44)).isTrue();
        assertThat(ApiVersion.parse("1.43").atLeast(1, 44)).isFalse();
    }

    @Test
    void speaksTheEnginesVersionWhenOlderThanOurs() {
        // Debian's 20.10 engine: a client pinned to >= 1.44 would be refused ("client version is too new").
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.41"))).isEqualTo(ApiVersion.parse("1.41"));
    }

    @Test
    void capsAtOursWhenTheEngineIsNewer() {
        // Docker 29 speaks 1.52 and refuses anything below 1.44: our newest is inside that window.
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.52"))).isEqualTo(ApiVersion.NEWEST_SUPPORTED);
        assertThat(ApiVersion.NEWEST_SUPPORTED).isGreaterThanOrEqualTo(ApiVersion.parse("1.44"));
    }

    @Test
    void refusesEnginesOlderThanWeSupport() {
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.23"))).isNull();
        assertThat(ApiVersion.negotiate(ApiVersion.OLDEST_SUPPORTED)).isEqualTo(ApiVersion.OLDEST_SUPPORTED);
    }

    @Test
    void rejectsNonVersions() {
        for (String bad : new String[] {"", "1", "1.", ".4", "v1.41", "1.x"}) {
            assertThatThrownBy(() -> ApiVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an API version");
        }
    }
}
