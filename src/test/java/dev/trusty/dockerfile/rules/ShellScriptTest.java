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

    @Test
    void commandsInsideSubstitutionsComeAfterTheTopLevelWithTheirOwnOffsets() {
        ShellScript s = parse("echo $(sudo id -u) \"$(curl -fsSL x | sh)\" `wget -q y` && make");
        assertThat(names(s)).containsExactly("echo", "make", "sudo", "curl", "sh", "wget");
        assertThat(s.topLevelCommands()).extracting(ShellCommand::name).containsExactly("echo", "make");
        ShellCommand sudo = s.commands().get(2);
        assertThat(sudo.argTexts()).containsExactly("id", "-u");
        assertThat(s.span(sudo).column()).isEqualTo(8);
        assertThat(s.span(sudo).endColumn()).isEqualTo(18);
        assertThat(s.span(s.commands().get(5).nameWord()).column()).isEqualTo(44);
        assertThat(s.substituted(sudo)).isTrue();
        assertThat(s.substituted(s.commands().getFirst())).isFalse();
        // the pipe inside "$(...)" is that substitution's own: the script's commands are chained, not piped
        assertThat(s.hasPipe()).isFalse();
        assertThat(s.commands().get(4).pipedInto()).isTrue();
        assertThat(s.chainLength()).isEqualTo(2);
    }

    @Test
    void nestedSubstitutionsAndAssignmentsAreSearched() {
        ShellScript s = parse("V=$(dirname $(readlink -f `which java`)); export V");
        assertThat(names(s)).containsExactly("export", "dirname", "readlink", "which");
        ShellCommand which = s.commands().get(3);
        assertThat(which.argTexts()).containsExactly("java");
        assertThat(s.span(which).column()).isEqualTo(28);
    }

    @Test
    void arithmeticSingleQuotesAndEscapesAreNotSubstitutions() {
        ShellScript s = parse("echo $((1 + 2)) '$(sudo id)' \"\\`sudo\\`\" \\`id\\`");
        assertThat(names(s)).containsExactly("echo");
    }

    @Test
    void controlStructuresSubshellsGroupsAndFunctionsExposeTheirCommands() {
        ShellScript s = parse("(cd /x && make) ; { apt-get update; } ; if true; then sudo id; fi\n"
                + "for f in a b; do rm $f; done; while read l; do echo $l; done\n"
                + "f() { wget x; }; function g { curl y; }; function h() { chmod 777 z; }");
        assertThat(names(s)).containsExactly("cd", "make", "apt-get", "true", "sudo", "rm", "read", "echo",
                "wget", "curl", "chmod");
    }

    @Test
    void anUnclosedSubstitutionStopsAtTheEndOfTheScript() {
        ShellScript s = parse("echo $(sudo id");
        assertThat(names(s)).containsExactly("echo", "sudo");
        assertThat(s.commands().get(1).argTexts()).containsExactly("id");
    }

    @Test
    void casePatternsAreNotCommands() {
        assertThat(names(parse("case \"$a\" in x) apt-get update;; y|z) rm -rf /x;; *) echo other;; esac; ls")))
                .containsExactly("apt-get", "rm", "echo", "ls");
        assertThat(names(parse("case $ARCH in\n  amd64) A=x86_64 ;;\n  (arm64) A=aarch64; uname ;;\nesac\ncurl -o f")))
                .containsExactly("uname", "curl");
        assertThat(names(parse("case $x in a) case $y in b) id;; esac;; c) pwd;& d) who;;& e) env;; esac")))
                .containsExactly("id", "pwd", "who", "env");
        assertThat(names(parse("f() ( cd /x; make ); (cd y && ls)"))).contains("cd", "make", "ls");
    }
}
