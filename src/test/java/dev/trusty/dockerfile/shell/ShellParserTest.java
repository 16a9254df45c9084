package dev.trusty.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trusty.dockerfile.shell.ShellNode.AndOr;
import dev.trusty.dockerfile.shell.ShellNode.Pipeline;
import dev.trusty.dockerfile.shell.ShellNode.Redirect;
import dev.trusty.dockerfile.shell.ShellNode.SimpleCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellParserTest {

    private static ShellScript parse(String script) throws ShellSyntaxException {
        return ShellScript.parse(script, null);
    }

    private static List<String> names(String script) throws ShellSyntaxException {
        return parse(script).commands().stream().map(SimpleCommand::name).toList();
    }

    @Test
    void simpleCommandWithAssignmentsAndRedirections() throws Exception {
        SimpleCommand c = parse("DEBIAN_FRONTEND=noninteractive apt-get install -y curl 2>&1 >/dev/null")
                .commands().get(0);
        assertThat(c.assignments()).extracting(Word::raw).containsExactly("DEBIAN_FRONTEND=noninteractive");
        assertThat(c.name()).isEqualTo("apt-get");
        assertThat(c.argValues()).containsExactly("install", "-y", "curl");
        assertThat(c.redirects()).extracting(Redirect::fd, Redirect::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", ">&"),
                        org.assertj.core.groups.Tuple.tuple("", ">"));
    }

    @Test
    void listsAndPipelines() throws Exception {
        ShellScript s = parse("curl -fsSL https://x | sh -s -- -y && echo ok || echo no; true &\nfalse");
        assertThat(names(s.text())).containsExactly("curl", "sh", "echo", "echo", "true", "false");
        Pipeline p = s.pipelines().get(0);
        assertThat(p.commands()).hasSize(2);
        assertThat(((SimpleCommand) p.commands().get(1)).name()).isEqualTo("sh");
    }

    @Test
    void andOrKeepsOperators() throws Exception {
        ShellNode root = ShellParser.parse("a && b || c");
        assertThat(root).isInstanceOfSatisfying(AndOr.class, a -> assertThat(a.operators()).containsExactly("&&", "||"));
    }

    @Test
    void compoundCommands() throws Exception {
        String script = """
                set -eux
                if [ -f /x ]; then echo yes; elif test -d /y; then echo dir; else echo no; fi
                for p in a b c; do pip install "$p"; done
                while read -r line; do echo "$line"; done < list
                until false; do break; done
                case "$ARCH" in amd64|x86_64) A=1 ;; arm*) uname -m ;; *) exit 1 ;; esac
                ( cd /tmp && make ) ; { echo a; echo b; } > out
                f() { chmod 777 /srv; }
                function g { sudo ls; }
                [[ -n "$A" && "$B" == x ]] && echo t
                (( i++ ))
                """;
        assertThat(names(script)).containsExactly("set", "[", "echo", "test", "echo", "echo", "pip", "read", "echo",
                "false", "break", "uname", "exit", "cd", "make", "echo", "echo", "chmod", "sudo", "echo");
    }

    @Test
    void quotingFormsAreRemovedFromValues() throws Exception {
        SimpleCommand c = parse("echo 'a b' \"c $D\" e\\ f $'g\\n' \"h\\\"i\"").commands().get(0);
        assertThat(c.argValues()).containsExactly("a b", "c $D", "e f", "g\n", "h\"i");
        assertThat(c.args().get(1).hasExpansion()).isTrue();
        assertThat(c.args().get(0).isLiteral()).isTrue();
    }

    @Test
    void commandSubstitutionsAreParsedToo() throws Exception {
        assertThat(names("echo $(id -u) `whoami` \"$(cat $(ls))\" <(sort x)"))
                .containsExactly("echo", "id", "whoami", "cat", "ls", "sort");
    }

    @Test
    void parameterExpansionsStayWords() throws Exception {
        SimpleCommand c = parse("echo ${A:-x y} $((1 + 2)) ${#B} $@ $1").commands().get(0);
        assertThat(c.argValues()).containsExactly("${A:-x y}", "$((1 + 2))", "${#B}", "$@", "$1");
    }

    @Test
    void hereDocumentsAreReadAndTheirBodiesAreNotCommands() throws Exception {
        ShellScript s = parse("cat <<-EOF > /etc/x\n\trm -rf /\n\tEOF\necho done\n");
        assertThat(names(s.text())).containsExactly("cat", "echo");
        Redirect heredoc = s.commands().get(0).redirects().get(0);
        assertThat(heredoc.op()).isEqualTo("<<-");
        assertThat(heredoc.heredoc()).isEqualTo("\trm -rf /\n");
    }

    @Test
    void commentsAreSkipped() throws Exception {
        assertThat(names("echo a # rm -rf /\n# sudo x\necho b")).containsExactly("echo", "echo");
    }

    @Test
    void lineContinuationsInsideScript() throws Exception {
        assertThat(parse("apt-get install \\\n  -y curl").commands().get(0).argValues())
                .containsExactly("install", "-y", "curl");
    }

    @Test
    void arraysAndAppends() throws Exception {
        assertThat(names("arr=(a b c) X+=y; echo ${arr[@]}")).containsExactly("echo");
    }

    @Test
    void offsetsPointAtCommands() throws Exception {
        ShellScript s = parse("true && apt-get install -y x");
        SimpleCommand c = s.commands().get(1);
        assertThat(s.text().substring(c.start(), c.end())).isEqualTo("apt-get install -y x");
        assertThat(s.text().substring(c.args().get(1).start(), c.args().get(1).end())).isEqualTo("-y");
    }

    @Test
    void syntaxErrorsCarryOffsets() {
        assertThatThrownBy(() -> parse("echo 'open")).isInstanceOfSatisfying(ShellSyntaxException.class,
                e -> assertThat(e.offset()).isEqualTo(5));
        assertThatThrownBy(() -> parse("if true; then echo")).isInstanceOf(ShellSyntaxException.class);
        assertThatThrownBy(() -> parse("echo )")).isInstanceOf(ShellSyntaxException.class);
        assertThatThrownBy(() -> parse("a && ")).isInstanceOf(ShellSyntaxException.class);
        assertThatThrownBy(() -> parse("echo $(ls")).isInstanceOf(ShellSyntaxException.class);
        assertThatThrownBy(() -> parse("(".repeat(5000))).isInstanceOf(ShellSyntaxException.class);
    }

    @Test
    void baseNameDropsDirectories() throws Exception {
        assertThat(parse("/usr/bin/curl x").commands().get(0).baseName()).isEqualTo("curl");
        assertThat(parse("/usr/bin/curl x").commands("curl")).hasSize(1);
    }
}
