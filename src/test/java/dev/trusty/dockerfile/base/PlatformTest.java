package dev.trusty.dockerfile.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformTest {

    @Test
    void parsesAndNormalisesTheEnginesSpellings() {
        assertThat(Platform.parse("linux/arm64/v8")).isEqualTo(new Platform("linux", "aarch64", ""));
        assertThat(new Platform("Linux", "x86_64", "")).hasToString("linux/amd64");
        assertThat(Platform.parse("linux/arm/7")).hasToString("linux/arm/v7");
        assertThatThrownBy(() -> Platform.parse("linux")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("os/arch[/variant]");
        assertThatThrownBy(() -> Platform.parse("linux/amd64/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servesFollowsContainerdsDefaultMatcher() {
        Platform amd64 = Platform.parse("linux/amd64");
        assertThat(amd64.serves(amd64)).isTrue();
        assertThat(Platform.parse("linux/386").serves(amd64)).isTrue();
        assertThat(amd64.serves(Platform.parse("linux/386"))).isFalse();
        assertThat(Platform.parse("linux/arm64").serves(amd64)).isFalse();
        assertThat(Platform.parse("windows/amd64").serves(amd64)).isFalse();
        assertThat(Platform.parse("linux/arm/v6").serves(Platform.parse("linux/arm/v7"))).isTrue();
        assertThat(Platform.parse("linux/arm/v7").serves(Platform.parse("linux/arm/v6"))).isFalse();
        assertThat(Platform.parse("linux/arm/v7").serves(Platform.parse("linux/arm64"))).isTrue();
        assertThat(Platform.parse("linux/arm").serves(Platform.parse("linux/arm/v7"))).isTrue();
    }
}
