package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellScriptTest {

    private static ShellScript parse(String text) {
        return new ShellScript(text, offset -> new int[] {1, offset + 1});
    }

    private static List<String> names(ShellScript s) {
        return s.commands().stream().map(ShellCommand::name).toList();
    }

    @Test
    void splitsOnOperatorsButNotInsideQuotes() {
        ShellScript s = parse("apt-get update && apt-get install -y 'a && b' \"c|d\"; echo x || true");
        assertThat(names(s)).containsExactly("apt-get", "apt-get", "echo", "true");
        assertThat(s.commands().get(1).argTexts()).containsExactly("install", "-y", "a && b", "c|d");
        assertThat(s.hasPipe()).isFalse();
    }

    @Test
    void pipesAreMarkedOnBothSides() {
        ShellScript s = parse("curl -fsSL x | sudo -E bash -");
        assertThat(s.hasPipe()).isTrue();
        assertThat(s.commands().get(0).pipesOut()).isTrue();
        assertThat(s.commands().get(1).pipedInto()).isTrue();
        assertThat(s.commands().get(1).subcommand()).isEqualTo("bash");
    }

    @Test
    void assignmentsRedirectionsKeywordsAndCommentsAreNotArguments() {
        ShellScript s = parse("DEBIAN_FRONTEND=noninteractive apt-get install -y curl > /dev/null 2>&1\n"
                + "if [ -f x ]; then rm -rf /x; fi # trailing comment\nfor i in a b; do echo $i; done");
        assertThat(names(s)).containsExactly("apt-get", "[", "rm", "echo");
        assertThat(s.commands().get(0).assignments()).containsExactly("DEBIAN_FRONTEND=noninteractive");
        assertThat(s.commands().get(0).argTexts()).containsExactly("install", "-y", "curl");
    }

    @Test
    void flagsFollowHadolintsReading() {
        ShellCommand c = parse("apt-get -yq --no-install-recommends install -t bookworm curl").commands().getFirst();
        assertThat(c.flags()).contains("y", "q", "no-install-recommends", "t");
        assertThat(c.operands(java.util.Set.of("t")).stream().map(ShellWord::text)).containsExactly("install", "curl");
        assertThat(c.flagValue("t")).isEqualTo("bookworm");
    }

    @Test
    void wordOffsetsPointAtTheRawText() {
        ShellScript s = parse("echo \"$(date)\" done");
        ShellWord w = s.commands().getFirst().args().getFirst();
        assertThat(w.raw()).isEqualTo("\"$(date)\"");
        assertThat(s.span(w).column()).isEqualTo(6);
        assertThat(s.span(w).endColumn()).isEqualTo(15);
    }
}
