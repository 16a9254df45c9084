package dev.trusty.dockerfile.syntax;

/**
 * A here-document attached to RUN/COPY/ADD. {@code content} is raw (each line keeps its newline, tabs
 * are not yet stripped for {@code <<-}); {@code expand} is false when any part of the delimiter was
 * quoted. The body starts at {@code bodyLine}; the terminator is on {@code terminatorLine}.
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, int fileDescriptor,
                      int bodyLine, int terminatorLine) {

    /** The content as the build sees it: with {@code <<-}, leading tabs removed from every line. */
    public String effectiveContent() {
        if (!chomp) {
            return content;
        }
        StringBuilder out = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }
}
