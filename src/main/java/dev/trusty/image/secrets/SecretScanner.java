package dev.trusty.image.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds credentials in text: a keyword pass over the raw bytes picks the detectors worth trying,
 * then only their patterns run. Reports never contain a secret: every match on a reported line
 * is masked, keeping at most a public provider prefix.
 */
public final class SecretScanner {
    private static final int EXCERPT = 120;

    private final List<Detector> detectors;
    private final KeywordIndex keywords;
    private final int genericIndex;

    public SecretScanner() {
        this(Detectors.ALL);
    }

    public SecretScanner(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        this.keywords = new KeywordIndex(this.detectors.stream().map(Detector::keywords).toList());
        int generic = -1;
        for (int i = 0; i < this.detectors.size(); i++) {
            if (this.detectors.get(i).id().equals(Detectors.GENERIC)) {
                generic = i;
            }
        }
        this.genericIndex = generic;
    }

    public List<Detector> detectors() {
        return detectors;
    }

    /**
     * Scans the first {@code length} bytes of {@code data}. {@code assignments} allows the
     * generic {@code name = value} detector, meant for configuration files only.
     */
    public List<SecretHit> scan(byte[] data, int length, boolean assignments) {
        KeywordIndex.Hits found = keywords.find(data, length);
        long candidates = found.all;
        if (!assignments && genericIndex >= 0) {
            candidates &= ~(1L << genericIndex);
        }
        if (candidates == 0) {
            return List.of();
        }
        // ISO-8859-1 maps bytes to chars one to one: offsets stay byte offsets, nothing fails to decode.
        String text = new String(data, 0, length, StandardCharsets.ISO_8859_1);
        return match(text, candidates, found, data);
    }

    /** Scans a string such as an ENV value or a history command. */
    public List<SecretHit> scan(String text, boolean assignments) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return scan(bytes, bytes.length, assignments);
    }

    /** How far after a keyword a secret may end (a PEM key body follows its header). */
    private static final int WINDOW_AFTER = 16 << 10;
    /** Detectors whose secret spans lines after its keyword; all others match on the keyword's line. */
    private static final java.util.Set<String> MULTI_LINE = java.util.Set.of("private-key", "gcp-service-account");
    /** How far a one-line match may reach past its keyword (minified files have very long lines). */
    private static final int LINE_LIMIT = 4096;
    /** How far before a keyword a match may start, at most (it starts on the keyword's line otherwise). */
    private static final int WINDOW_BEFORE = 256;

    private record Span(int start, int end, int visible) {
    }

    private List<SecretHit> match(String text, long candidates, KeywordIndex.Hits found, byte[] raw) {
        List<SecretHit> hits = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<int[]> hitSpan = new ArrayList<>();
        List<Span> rejected = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            if ((candidates & (1L << i)) == 0) {
                continue;
            }
            Detector d = detectors.get(i);
            Matcher m = d.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int covered = -1;
            for (int k = 0; k < found.count; k++) {
                if ((found.detectors[k] & (1L << i)) == 0 || found.positions[k] <= covered) {
                    continue;
                }
                // Patterns run only in a window around each keyword, never over the whole file.
                int at = found.positions[k];
                int from = Math.max(0, Math.max(at - WINDOW_BEFORE, text.lastIndexOf('\n', Math.max(0, at - 64)) + 1));
                int to;
                if (MULTI_LINE.contains(d.id())) {
                    to = Math.min(text.length(), at + WINDOW_AFTER);
                    covered = to - WINDOW_AFTER / 2;
                } else {
                    int eol = text.indexOf('\n', at);
                    to = Math.min(eol < 0 ? text.length() : eol, at + LINE_LIMIT);
                    covered = to;
                }
                m.region(from, to);
                while (m.find()) {
                    String secret = m.group(d.secretGroup());
                    if (secret == null) {
                        continue;
                    }
                    int start = m.start(d.secretGroup());
                    int end = m.end(d.secretGroup());
                    if (!d.valid().test(secret)) {
                        // A provider format that fails its own check (a fixture, a doc example) is not
                        // a secret for the generic detector either.
                        rejected.add(new Span(start, end, 0));
                        continue;
                    }
                    if (i == genericIndex && (!Detectors.secretName(m.group(1)) || overlaps(rejected, start, end)
                            || secret.matches("[0-9a-f]{40}|[0-9a-f]{64}"))) {
                        continue;
                    }
                    if (overlaps(spans, start, end)) {
                        continue; // a more specific detector already reported this text
                    }
                    spans.add(new Span(start, end, d.visiblePrefix()));
                    hitSpan.add(new int[] {i, start, end});
                }
            }
        }
        for (int[] h : hitSpan) {
            Detector d = detectors.get(h[0]);
            String secret = text.substring(h[1], h[2]);
            int lineStart = text.lastIndexOf('\n', h[1] - 1) + 1;
            int line = 1 + count(text, '\n', h[1]);
            hits.add(new SecretHit(d.id(), d.title(), d.severity(), line, h[1] - lineStart + 1,
                    excerpt(text, raw, lineStart, h[1], spans), fingerprint(secret), secret.length()));
        }
        return hits;
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (start < s.end() && s.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, char c, int before) {
        int n = 0;
        for (int i = 0; i < before; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The secret's line, every secret on it masked, cut to a window around the match. */
    static String excerpt(String text, byte[] raw, int lineStart, int matchStart, List<Span> spans) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        StringBuilder masked = new StringBuilder();
        int pos = lineStart;
        List<Span> sorted = spans.stream().filter(s -> s.start() < text.length()).sorted(
                java.util.Comparator.comparingInt(Span::start)).toList();
        for (Span s : sorted) {
            // A multi-line secret (a PEM key) masks every line it covers.
            int start = Math.max(s.start(), lineStart);
            int end = Math.min(s.end(), lineEnd);
            if (start >= end || start < pos) {
                continue;
            }
            masked.append(decode(raw, pos, start));
            int keep = Math.min(s.visible(), end - start);
            masked.append(text, start, start + (s.start() >= lineStart ? keep : 0)).append("****");
            pos = end;
        }
        masked.append(decode(raw, pos, lineEnd));
        String line = masked.toString().strip().replaceAll("\\p{Cntrl}", " ");
        int offset = Math.max(0, Math.min(matchStart - lineStart - 40, line.length() - EXCERPT));
        String cut = line.substring(Math.max(0, offset), Math.min(line.length(), Math.max(0, offset) + EXCERPT));
        return (offset > 0 ? "…" : "") + cut + (offset + EXCERPT < line.length() ? "…" : "");
    }

    private static String decode(byte[] raw, int from, int to) {
        return from >= to ? "" : new String(raw, from, to - from, StandardCharsets.UTF_8);
    }

    /** The fingerprint findings show for a secret value: 8 hex digits of its SHA-256. */
    public static String fingerprintOf(String secret) {
        return fingerprint(secret);
    }

    static String fingerprint(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.ISO_8859_1));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
