import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.Engine;
import dev.trusty.engine.EventStream;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** (a) Trusty's own client: dev.trusty.engine on the JDK's unix-domain SocketChannel. */
public class ThinBench {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (Engine engine = DockerEngine.connect("unix://" + BenchSupport.SOCKET)) {
            engine.ping();
            JsonNode info = engine.info();
            List<JsonNode> containers = engine.containers(true, null);
            BenchSupport.report("thin", "first-calls", BenchSupport.msSince(start),
                    "api=" + engine.apiVersion() + " server=" + info.path("ServerVersion").asText()
                            + " containers=" + containers.size());
            if (args.length > 0 && args[0].equals("correctness")) {
                correctness(engine, args[1]);
            }
        }
    }

    private static void correctness(Engine engine, String image) throws Exception {
        long t = System.nanoTime();
        try (InputStream export = engine.exportImage(image)) {
            BenchSupport.report("thin", "export", BenchSupport.msSince(t), BenchSupport.checkTar(export));
        }
        String tag = UUID.randomUUID().toString();
        try (EventStream events = engine.events(Instant.now(), null,
                Map.of("label", List.of(BenchSupport.LABEL + "=" + tag)))) {
            t = System.nanoTime();
            String id = engine.createContainer(null, Map.of("Image", image, "Cmd", List.of("true"),
                    "Labels", Map.of(BenchSupport.LABEL, tag)));
            JsonNode event = events.next();
            BenchSupport.report("thin", "event", BenchSupport.msSince(t),
                    "action=" + event.path("Action").asText() + " same-id=" + event.path("Actor").path("ID").asText().equals(id));
            engine.removeContainer(id, true);
        }
    }
}
