import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Transport;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** (b) Jetty 12's HTTP client over a unix-domain socket (Transport.TCPUnix), JSON via Jackson. */
public class JettyBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Transport UNIX = new Transport.TCPUnix(Path.of(BenchSupport.SOCKET));
    private static String api;

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        HttpClient client = new HttpClient();
        client.start();
        try {
            ContentResponse ping = request(client, "/_ping").send();
            api = ping.getHeaders().get("Api-Version");
            JsonNode info = JSON.readTree(request(client, "/v" + api + "/info").send().getContent());
            JsonNode containers = JSON.readTree(request(client, "/v" + api + "/containers/json?all=1").send().getContent());
            BenchSupport.report("jetty", "first-calls", BenchSupport.msSince(start),
                    "api=" + api + " server=" + info.path("ServerVersion").asText() + " containers=" + containers.size());
            if (args.length > 0 && args[0].equals("correctness")) {
                correctness(client, args[1]);
            }
        } finally {
            client.stop();
        }
    }

    private static Request request(HttpClient client, String path) {
        return client.newRequest("http://docker" + path).transport(UNIX).timeout(60, TimeUnit.SECONDS);
    }

    private static InputStream stream(Request request) throws Exception {
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.timeout(0, TimeUnit.SECONDS).send(listener);
        Response response = listener.get(30, TimeUnit.SECONDS);
        if (response.getStatus() != 200) {
            throw new IllegalStateException("HTTP " + response.getStatus());
        }
        return listener.getInputStream();
    }

    private static void correctness(HttpClient client, String image) throws Exception {
        long t = System.nanoTime();
        try (InputStream export = stream(request(client, "/v" + api + "/images/" + image + "/get"))) {
            BenchSupport.report("jetty", "export", BenchSupport.msSince(t), BenchSupport.checkTar(export));
        }
        String tag = UUID.randomUUID().toString();
        String filters = URLEncoder.encode(JSON.writeValueAsString(
                Map.of("label", List.of(BenchSupport.LABEL + "=" + tag))), StandardCharsets.UTF_8);
        try (InputStream feed = stream(request(client, "/v" + api + "/events?since="
                + Instant.now().getEpochSecond() + "&filters=" + filters))) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(feed, StandardCharsets.UTF_8));
            t = System.nanoTime();
            String body = JSON.writeValueAsString(Map.of("Image", image, "Cmd", List.of("true"),
                    "Labels", Map.of(BenchSupport.LABEL, tag)));
            ContentResponse created = request(client, "/v" + api + "/containers/create").method(HttpMethod.POST)
                    .body(new StringRequestContent("application/json", body)).send();
            String id = JSON.readTree(created.getContent()).path("Id").asText();
            JsonNode event = JSON.readTree(lines.readLine());
            BenchSupport.report("jetty", "event", BenchSupport.msSince(t),
                    "action=" + event.path("Action").asText() + " same-id=" + event.path("Actor").path("ID").asText().equals(id));
            request(client, "/v" + api + "/containers/" + id + "?force=1").method(HttpMethod.DELETE).send();
        }
    }
}
