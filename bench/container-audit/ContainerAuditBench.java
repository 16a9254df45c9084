import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.container.ContainerAudit;
import dev.trusty.core.Policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Audits every container whose name starts with a prefix, through the Engine API on the unix
 * socket, and compares with the bare inspect calls. Run by run.sh; not part of the build.
 * Rounds: one warm-up, then ROUNDS measured; reports the median of each.
 */
public class ContainerAuditBench {
    static final String SOCKET = System.getenv().getOrDefault("DOCKER_SOCKET", "/var/run/docker.sock");
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String prefix = args.length > 0 ? args[0] : "trusty-bench-ctr-";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String filter = URLEncoder.encode("{\"name\":[\"" + prefix + "\"]}", StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        for (JsonNode c : JSON.readTree(get("/v1.41/containers/json?all=1&filters=" + filter))) {
            ids.add(c.path("Id").asText());
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no containers named " + prefix + "*");
        }
        ContainerAudit audit = new ContainerAudit(Policy.defaults(), Map.of());
        long[] bare = new long[rounds];
        long[] full = new long[rounds];
        long[] rulesOnly = new long[rounds];
        int findings = 0;
        for (int r = -1; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (String id : ids) {
                get("/v1.41/containers/" + id + "/json");
            }
            long t1 = System.nanoTime();
            List<JsonNode> bodies = new ArrayList<>();
            for (String id : ids) {
                bodies.add(JSON.readTree(get("/v1.41/containers/" + id + "/json")));
            }
            ContainerAudit.Result result = audit.auditInspect(bodies);
            long t2 = System.nanoTime();
            audit.auditInspect(bodies);
            long t3 = System.nanoTime();
            if (r >= 0) {
                bare[r] = t1 - t0;
                full[r] = t2 - t1;
                rulesOnly[r] = t3 - t2;
                findings = result.containers().stream().mapToInt(a -> a.report().findings().size()).sum();
            }
        }
        double n = ids.size();
        double bareMs = median(bare) / 1e6;
        double fullMs = median(full) / 1e6;
        double rulesMs = median(rulesOnly) / 1e6;
        System.out.printf("containers: %d, rounds: %d (median), findings per round: %d%n", ids.size(), rounds, findings);
        System.out.printf("bare GET /containers/{id}/json: %.1f ms total, %.3f ms per container%n", bareMs, bareMs / n);
        System.out.printf("audit (GET + parse + map + %d rules): %.1f ms total, %.3f ms per container%n",
                dev.trusty.container.rules.ContainerRules.ALL.size(), fullMs, fullMs / n);
        System.out.printf("map + rules only (bodies in memory): %.1f ms total, %.3f ms per container%n", rulesMs, rulesMs / n);
        System.out.printf("ratio audit / bare GET: %.2f%n", fullMs / bareMs);
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One HTTP/1.0 request over the unix socket (the engine closes the connection after the body). */
    static byte[] get(String path) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(Path.of(SOCKET)));
            ch.write(ByteBuffer.wrap(("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(16384);
            while (ch.read(buf) >= 0) {
                buf.flip();
                out.write(buf.array(), 0, buf.limit());
                buf.clear();
            }
            byte[] all = out.toByteArray();
            String head = new String(all, 0, Math.min(all.length, 12), StandardCharsets.US_ASCII);
            if (!head.startsWith("HTTP/1.") || !head.substring(9).startsWith("200")) {
                throw new IOException("GET " + path + ": " + new String(all, StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            }
            for (int i = 0; i + 3 < all.length; i++) {
                if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
                    return Arrays.copyOfRange(all, i + 4, all.length);
                }
            }
            throw new IOException("GET " + path + ": no HTTP body");
        }
    }
}
