import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Shared by the three variants: timing output and a strict docker-save tar check. */
final class BenchSupport {
    static final String SOCKET = "/var/run/docker.sock";
    static final String LABEL = "dev.trusty.bench";

    private BenchSupport() {
    }

    static double msSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1e6;
    }

    static void report(String variant, String what, double ms, String detail) {
        System.out.printf(Locale.ROOT, "%s %s %.1f %s%n", variant, what, ms, detail);
    }

    /**
     * Walks a tar stream header by header (checksums verified, every data block read) and returns
     * "entries=N bytes=M manifest=yes". Throws on any structural fault, or if manifest.json is missing.
     */
    static String checkTar(InputStream in) throws IOException {
        byte[] header = new byte[512];
        int entries = 0;
        long dataBytes = 0;
        boolean manifest = false;
        while (true) {
            if (in.readNBytes(header, 0, 512) != 512) {
                throw new IOException("tar ended inside a header after " + entries + " entries");
            }
            if (allZero(header)) {
                break; // end-of-archive marker
            }
            long stored = octal(header, 148, 8);
            long sum = 0;
            for (int i = 0; i < 512; i++) {
                sum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xff;
            }
            if (sum != stored) {
                throw new IOException("bad tar header checksum at entry " + entries);
            }
            String name = new String(header, 0, 100, StandardCharsets.UTF_8).replace("\0", "");
            manifest |= name.equals("manifest.json");
            long size = octal(header, 124, 12);
            long padded = (size + 511) / 512 * 512;
            if (in.readNBytes(new byte[(int) padded], 0, (int) padded) != padded) {
                throw new IOException("tar ended inside the data of " + name);
            }
            entries++;
            dataBytes += size;
        }
        if (!manifest) {
            throw new IOException("no manifest.json in the export");
        }
        return "entries=" + entries + " bytes=" + dataBytes + " manifest=yes";
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static long octal(byte[] b, int off, int len) {
        long v = 0;
        for (int i = off; i < off + len; i++) {
            int c = b[i];
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
            } else if (v > 0 && (c == 0 || c == ' ')) {
                break;
            }
        }
        return v;
    }
}
