package dev.trusty.dockerfile.syntax;

/** A range in the Dockerfile: 1-based lines and columns, end column exclusive. */
public record Span(int line, int column, int endLine, int endColumn) {

    public static Span between(Span start, Span end) {
        return new Span(start.line, start.column, end.endLine, end.endColumn);
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
