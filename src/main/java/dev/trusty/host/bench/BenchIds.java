package dev.trusty.host.bench;

/** Orders bench ids as the benchmark does: 1.1.2 before 1.1.10, sections 1–7, then Trusty (TH), then community (C). */
final class BenchIds {
    private BenchIds() {
    }

    static int compare(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        String[] pa = a.replaceFirst("^(C\\.|TH)", "").split("\\.");
        String[] pb = b.replaceFirst("^(C\\.|TH)", "").split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = Integer.compare(number(pa[i]), number(pb[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int rank(String id) {
        return id.startsWith("C.") ? 2 : id.startsWith("TH") ? 1 : 0;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
