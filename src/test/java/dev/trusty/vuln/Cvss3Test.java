package dev.trusty.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.core.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Cvss3Test {

    /** Scores as published by NVD for these vectors (Log4Shell, Looney Tunables, lodash...). */
    @ParameterizedTest
    @CsvSource({
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8",
            "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 7.8",
            "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H, 7.2",
            "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N, 5.9",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1",
            "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H, 7.5",
            "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N, 1.6",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0"
    })
    void computesTheBaseScoreFromTheVector(String vector, double score) {
        assertThat(Cvss3.baseScore(vector)).contains(score);
    }

    @Test
    void rejectsIncompleteOrForeignVectors() {
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L")).isEmpty();
        assertThat(Cvss3.baseScore("AV:N/AC:L/Au:N/C:P/I:P/A:P")).isEmpty();
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEmpty();
    }

    @Test
    void ratingBands() {
        assertThat(Cvss3.severity(9.0)).isEqualTo(Severity.CRITICAL);
        assertThat(Cvss3.severity(8.9)).isEqualTo(Severity.HIGH);
        assertThat(Cvss3.severity(4.0)).isEqualTo(Severity.MEDIUM);
        assertThat(Cvss3.severity(0.1)).isEqualTo(Severity.LOW);
    }
}
