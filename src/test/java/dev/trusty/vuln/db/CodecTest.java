package dev.trusty.vuln.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.vuln.OsvRanges;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecTest {

    @Test
    void rangesAndListsSurviveTheirSeparatorsInValues() {
        List<VulnRecord.Range> ranges = List.of(
                new VulnRecord.Range("ECOSYSTEM", List.of(new OsvRanges.Event("introduced", "1:2.0,beta;x=y%z"),
                        new OsvRanges.Event("fixed", "1:2.38.1-5+deb12u3"))),
                new VulnRecord.Range("SEMVER", List.of(new OsvRanges.Event("introduced", "0"), new OsvRanges.Event("limit", "*"))));
        assertThat(Codec.ranges(Codec.ranges(ranges))).isEqualTo(ranges);
        assertThat(Codec.list(Codec.list(List.of("CVE-1", "a;b", "%3B")))).containsExactly("CVE-1", "a;b", "%3B");
        assertThat(Codec.ranges(List.of())).isNull();
        assertThat(Codec.list((String) null)).isEmpty();
    }
}
