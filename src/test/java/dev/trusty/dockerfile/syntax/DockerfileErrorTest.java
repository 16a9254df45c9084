package dev.trusty.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.trusty.core.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every bad-input case: BuildKit's message, and where it is. */
class DockerfileErrorTest {

    private static DockerfileParseException error(String text) {
        return catchThrowableOfType(DockerfileParseException.class, () -> DockerfileParser.parse("Dockerfile", text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            empty file                 | ^^                                   | 1 | 1  | file with no instructions
            only comments              | # a\\n\\n# b\\n                        | 3 | 1  | file with no instructions
            unknown instruction        | FROM a\\nFOO bar\\n                    | 2 | 1  | unknown instruction: FOO
            no stage                   | RUN x\\n                              | 1 | 1  | no build stage in current context
            bad escape                 | # escape=x\\nFROM a\\n                 | 1 | 10 | invalid escape token 'x' does not match ` or \\
            duplicate directive        | # escape=`\\n# escape=\\\\\\nFROM a\\n   | 2 | 1  | only one escape parser directive can be used
            nested json                | FROM a\\nCMD ["a", ["b"]]\\n           | 2 | 11 | when using JSON array syntax, arrays must be comprised of strings only
            number in json             | FROM a\\nRUN ["a", 1]\\n               | 2 | 11 | when using JSON array syntax, arrays must be comprised of strings only
            env no value               | FROM a\\nENV A\\n                      | 2 | 5  | ENV must have two arguments
            label no value             | FROM a\\nLABEL A\\n                    | 2 | 7  | LABEL must have two arguments
            env missing equals         | FROM a\\nENV A=1 B\\n                  | 2 | 9  | Syntax error - can't find = in "B". Must be of the form: name=value
            env blank name             | FROM a\\nENV =1\\n                     | 2 | 5  | ENV names can not be blank
            env no args                | FROM a\\nENV\\n                        | 2 | 1  | ENV requires at least one argument
            unterminated heredoc       | FROM a\\nRUN <<EOF\\necho\\n            | 2 | 1  | unterminated heredoc
            from arity                 | FROM a b\\n                           | 1 | 1  | FROM requires either one or three arguments
            from no args               | FROM\\n                               | 1 | 1  | FROM requires either one or three arguments
            bad stage name             | FROM a AS 1x\\n                       | 1 | 11 | invalid name for build stage: "1x", name can't start with a number or contain symbols
            copy one arg               | FROM a\\nCOPY x\\n                     | 2 | 1  | COPY requires at least two arguments, but only one was provided. Destination could not be determined
            heredoc destination        | FROM a\\nCOPY x <<EOF\\nEOF\\n          | 2 | 8  | COPY cannot accept a heredoc as a destination
            unknown flag               | FROM a\\nCOPY --foo=1 x y\\n           | 2 | 6  | unknown flag: --foo
            duplicate flag             | FROM a\\nCOPY --from=a --from=b x y\\n | 2 | 15 | duplicate flag specified: --from
            string flag without value  | FROM a\\nCOPY --from x y\\n            | 2 | 6  | missing a value on flag: --from
            bool flag empty value      | FROM a\\nCOPY --link= x y\\n           | 2 | 6  | missing a value on flag: --link
            bool flag bad value        | FROM a\\nCOPY --link=yes x y\\n        | 2 | 6  | expecting boolean value for flag --link, not: yes
            flag on env                | FROM a\\nENV --x a=b\\n                | 2 | 5  | unknown flag: --x
            bad network                | FROM a\\nRUN --network=bridge x\\n     | 2 | 5  | invalid network mode "bridge"
            bad security               | FROM a\\nRUN --security=x y\\n         | 2 | 5  | security "x" is not valid
            shell not json             | FROM a\\nSHELL bash -c\\n              | 2 | 1  | SHELL requires the arguments to be in JSON form
            shell empty                | FROM a\\nSHELL []\\n                   | 2 | 1  | SHELL requires at least one argument
            healthcheck empty          | FROM a\\nHEALTHCHECK\\n                | 2 | 1  | HEALTHCHECK requires at least one argument
            healthcheck none args      | FROM a\\nHEALTHCHECK NONE x\\n         | 2 | 18 | HEALTHCHECK NONE takes no arguments
            healthcheck bad type       | FROM a\\nHEALTHCHECK foo x\\n          | 2 | 13 | Unknown type "FOO" in HEALTHCHECK (try CMD)
            healthcheck no command     | FROM a\\nHEALTHCHECK CMD\\n            | 2 | 1  | Missing command after HEALTHCHECK CMD
            healthcheck short interval | FROM a\\nHEALTHCHECK --interval=1us CMD x\\n | 2 | 13 | Interval "interval" cannot be less than 1ms
            healthcheck bad duration   | FROM a\\nHEALTHCHECK --timeout=5 CMD x\\n | 2 | 13 | time: missing unit in duration "5"
            healthcheck negative retry | FROM a\\nHEALTHCHECK --retries=-1 CMD x\\n | 2 | 13 | --retries cannot be negative (-1)
            onbuild empty              | FROM a\\nONBUILD\\n                    | 2 | 1  | ONBUILD requires at least one argument
            onbuild onbuild            | FROM a\\nONBUILD ONBUILD RUN x\\n      | 2 | 9  | Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed
            onbuild from               | FROM a\\nONBUILD FROM b\\n             | 2 | 9  | FROM isn't allowed as an ONBUILD trigger
            onbuild maintainer         | FROM a\\nONBUILD maintainer b\\n       | 2 | 9  | MAINTAINER isn't allowed as an ONBUILD trigger
            user empty                 | FROM a\\nUSER\\n                       | 2 | 1  | USER requires exactly one argument
            workdir empty              | FROM a\\nWORKDIR\\n                    | 2 | 1  | WORKDIR requires exactly one argument
            maintainer empty           | FROM a\\nMAINTAINER\\n                 | 2 | 1  | MAINTAINER requires exactly one argument
            stopsignal empty           | FROM a\\nSTOPSIGNAL\\n                 | 2 | 1  | STOPSIGNAL requires exactly one argument
            expose empty               | FROM a\\nEXPOSE\\n                     | 2 | 1  | EXPOSE requires at least one argument
            volume empty               | FROM a\\nVOLUME\\n                     | 2 | 1  | VOLUME requires at least one argument
            volume blank entry         | FROM a\\nVOLUME ["a", " "]\\n          | 2 | 14 | VOLUME specified can not be an empty string
            arg empty                  | ARG\\nFROM a\\n                        | 1 | 1  | ARG requires at least one argument
            arg blank name             | ARG =x\\nFROM a\\n                     | 1 | 5  | ARG names can not be blank
            check unknown option       | # check=foo=bar\\nFROM a\\n            | 1 | 1  | invalid check option "foo"
            check without equals       | # check=skip\\nFROM a\\n               | 1 | 1  | invalid check option "skip"
            check bad bool             | # check=error=maybe\\nFROM a\\n        | 1 | 1  | failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax
            """)
    void reportsBuildKitMessageAtPosition(String name, String text, int line, int column, String reason) {
        DockerfileParseException e = error(text.replace("\\n", "\n"));
        assertThat(e).as(name).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).isEqualTo("Dockerfile:" + line + ":" + column + ": " + reason);
        assertThat(e).isInstanceOf(InputException.class);
    }

    @Test
    void flagErrorPointsInsideContinuation() {
        DockerfileParseException e = error("FROM a\nRUN \\\n  --network=nope \\\n  echo\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void nonUtf8IsRefusedWithItsPosition() {
        byte[] bytes = "FROM a\nRUN echo \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DockerfileParser.parse("Dockerfile", bytes))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessage("Dockerfile:2:10: not UTF-8 text: invalid byte sequence");
    }

    @Test
    void binaryIsRefused() {
        byte[] bytes = {'F', 'R', 'O', 'M', ' ', 'a', '\n', 0, 1, 2};
        assertThatThrownBy(() -> DockerfileParser.parse("Dockerfile", bytes))
                .hasMessage("Dockerfile:2:1: binary file (NUL byte): not a Dockerfile");
    }

    @Test
    void overlongLineStopsTheScan() {
        String text = "FROM a\nRUN " + "x".repeat(70000) + "\n";
        assertThat(error(text).reason()).isEqualTo("dockerfile line greater than max allowed size of 65535");
        assertThat(error(text).line()).isEqualTo(2);
    }

    @Test
    void misspellingsGetAHint() {
        assertThat(error("FROM a\nRUNN x\n").reason()).isEqualTo("unknown instruction: RUNN (did you mean run?)");
        assertThat(error("FROM a\nCOPY --chmodd=1 a b\n").reason())
                .isEqualTo("unknown flag: --chmodd (did you mean --chmod?)");
        assertThat(error("FROM a\nXYZZY x\n").reason()).isEqualTo("unknown instruction: XYZZY");
    }

    @Test
    void checkDirectiveIsReadable() {
        Dockerfile df = DockerfileParser.parse("Dockerfile",
                "# check=skip=JSONArgsRecommended, StageNameCasing;error=true\nFROM a\n");
        CheckDirective check = df.checkDirective().orElseThrow();
        assertThat(check.skip()).containsExactlyInAnyOrder("JSONArgsRecommended", "StageNameCasing");
        assertThat(check.error()).isTrue();
        assertThat(check.skips("StageNameCasing")).isTrue();
        assertThat(check.skips("FromAsCasing")).isFalse();
        assertThat(DockerfileParser.parse("Dockerfile", "# check=skip=all\nFROM a\n").checkDirective()
                .orElseThrow().skips("Anything")).isTrue();
    }

    @Test
    void argAndStopsignalIgnoreFlags() {
        Dockerfile df = DockerfileParser.parse("Dockerfile", "ARG --x a\nFROM a\nSTOPSIGNAL --y SIGTERM\n");
        assertThat(df.instructions()).hasSize(3);
    }

    @Test
    void healthcheckNoneIgnoresFlags() {
        assertThat(DockerfileParser.parse("Dockerfile", "FROM a\nHEALTHCHECK --bogus NONE\n").instructions())
                .hasSize(2);
    }

    @Test
    void onbuildTriggerIsNotCheckedUntilItRuns() {
        assertThat(DockerfileParser.parse("Dockerfile", "FROM a\nONBUILD FOO bar\n").instructions()).hasSize(2);
    }

    @Test
    void acceptsEveryFlagBuildKitDeclares() {
        String text = """
                FROM --platform=linux/amd64 a AS b
                COPY --from=b --chown=1:1 --chmod=755 --link --parents --exclude=x --exclude=y a /b
                ADD --chown=1 --chmod=644 --link=false --keep-git-dir=true --checksum=sha256:00 --unpack --exclude=z a /b
                RUN --mount=type=cache,target=/c --mount=type=secret,id=s --network=none --security=insecure --device=x echo
                HEALTHCHECK --interval=1m30s --timeout=0 --start-period=2s --start-interval=5ms --retries=3 CMD x
                """;
        assertThat(DockerfileParser.parse("Dockerfile", text).instructions()).hasSize(5);
    }
}
