package dev.trusty.dockerfile.syntax;

/** Go's {@code time.ParseDuration}, for HEALTHCHECK intervals. */
final class GoDuration {
    private GoDuration() {
    }

    /** Nanoseconds, or an IllegalArgumentException carrying Go's message. */
    static double parseNanos(String s) {
        String orig = s;
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return 0;
        }
        if (i == s.length()) {
            throw invalid(orig);
        }
        double total = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            boolean pre = i > start;
            String whole = s.substring(start, i);
            String frac = "";
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int f = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                frac = s.substring(f, i);
            }
            if (!pre && frac.isEmpty()) {
                throw invalid(orig);
            }
            int u = i;
            while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            if (u == i) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoText.quote(orig));
            }
            String unit = s.substring(u, i);
            double scale = switch (unit) {
                case "ns" -> 1;
                case "us", "\u00b5s", "\u03bcs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> throw new IllegalArgumentException("time: unknown unit " + GoText.quote(unit)
                        + " in duration " + GoText.quote(orig));
            };
            double value = Double.parseDouble((whole.isEmpty() ? "0" : whole) + (frac.isEmpty() ? "" : "." + frac));
            total += value * scale;
            if (total > 9.223372036854775807e18) {
                throw invalid(orig);
            }
        }
        return neg ? -total : total;
    }

    private static IllegalArgumentException invalid(String s) {
        return new IllegalArgumentException("time: invalid duration " + GoText.quote(s));
    }
}
