package dev.trusty.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: its instructions in order, every comment line (pragmas are read from these),
 * the parser directives, the escape token in force, and the lines of empty continuation lines
 * (BuildKit's NoEmptyContinuation warning).
 */
public record Dockerfile(String file, List<Instruction> instructions, List<Comment> comments,
                         List<Directive> directives, char escapeToken, List<Integer> emptyContinuationLines) {

    /** The {@code # check=} directive, if the file has one (validated by {@link DockerfileParser#parse}). */
    public Optional<CheckDirective> checkDirective() {
        for (Directive d : directives) { // a loop, not a stream: the linter asks this of every file
            if (d.name().equals("check")) {
                return Optional.of(CheckDirective.parse(d.value()));
            }
        }
        return Optional.empty();
    }
}
