package dev.trusty.vuln.db;

import dev.trusty.vuln.OsvRanges;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact text the database stores ranges and lists in: cheaper to write and read than JSON
 * (matching decodes thousands of rows per scan). Ranges are {@code TYPE:kind=version,kind=version}
 * joined by {@code ;}, lists are joined by {@code ;}; {@code % , ; = :} in values are
 * percent-escaped (Debian epochs contain ':').
 */
final class Codec {

    private Codec() {
    }

    static String ranges(List<VulnRecord.Range> ranges) {
        if (ranges.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (VulnRecord.Range r : ranges) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(r.type()).append(':');
            for (int i = 0; i < r.events().size(); i++) {
                OsvRanges.Event e = r.events().get(i);
                out.append(i == 0 ? "" : ",").append(e.kind()).append('=').append(escape(e.version()));
            }
        }
        return out.toString();
    }

    static List<VulnRecord.Range> ranges(String text) {
        List<VulnRecord.Range> ranges = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return ranges;
        }
        for (String range : text.split(";")) {
            int colon = range.indexOf(':');
            List<OsvRanges.Event> events = new ArrayList<>();
            for (String event : range.substring(colon + 1).split(",")) {
                int eq = event.indexOf('=');
                events.add(new OsvRanges.Event(event.substring(0, eq), unescape(event.substring(eq + 1))));
            }
            ranges.add(new VulnRecord.Range(range.substring(0, colon), events));
        }
        return ranges;
    }

    static String list(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            out.append(out.isEmpty() ? "" : ";").append(escape(v));
        }
        return out.toString();
    }

    static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String v : text.split(";")) {
            values.add(unescape(v));
        }
        return values;
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case ',' -> out.append("%2C");
                case ';' -> out.append("%3B");
                case '=' -> out.append("%3D");
                case ':' -> out.append("%3A");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        return value.replace("%2C", ",").replace("%3B", ";").replace("%3D", "=").replace("%3A", ":").replace("%25", "%");
    }
}
