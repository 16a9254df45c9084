package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The port parser reads the parts of a port or range in place; these are the edges of that reading. */
class ExposePortRangeTest {
    @Test
    void anyNumericPartAboveTheLastPortIsOutOfRange() {
        assertThat(ExposePortRange.outOfRange("65536")).isTrue();
        assertThat(ExposePortRange.outOfRange("65536/udp")).isTrue();
        assertThat(ExposePortRange.outOfRange("8000-70000/tcp")).isTrue();
        assertThat(ExposePortRange.outOfRange("70000-8000")).isTrue();
        assertThat(ExposePortRange.outOfRange("1-2-99999")).isTrue();
        assertThat(ExposePortRange.outOfRange("000080")).isTrue(); // six digits, as hadolint reads it
        assertThat(ExposePortRange.outOfRange("99999999999999999999")).isTrue(); // no overflow
    }

    @Test
    void portsInRangeVariablesAndNonNumbersAreNot() {
        assertThat(ExposePortRange.outOfRange("0")).isFalse();
        assertThat(ExposePortRange.outOfRange("65535")).isFalse();
        assertThat(ExposePortRange.outOfRange("8000-8080/tcp")).isFalse();
        assertThat(ExposePortRange.outOfRange("80/70000")).isFalse(); // only the part before the protocol counts
        assertThat(ExposePortRange.outOfRange("-")).isFalse();
        assertThat(ExposePortRange.outOfRange("")).isFalse();
        assertThat(ExposePortRange.outOfRange("$PORT")).isFalse();
        assertThat(ExposePortRange.outOfRange("7000a0")).isFalse();
        assertThat(ExposePortRange.outOfRange("８0000")).isFalse(); // not an ASCII digit
    }
}
