package dev.trusty.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.trusty.core.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@link Engine} over a thin HTTP/1.1 client on the JDK's own sockets (unix-domain {@code SocketChannel},
 * or TCP with optional TLS). Chosen over Jetty's client and docker-java by measurement, see
 * {@code bench/engine-client/README.md}. The API version is negotiated on first use with {@code /_ping}.
 */
public final class DockerEngine implements Engine {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Limit for calls whose whole answer is read at once; streams (export, events) have none. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    private final EngineHost host;
    private final HttpWire wire;
    private final Duration callTimeout;
    private volatile ApiVersion apiVersion;

    public DockerEngine(EngineHost host) {
        this(host, DEFAULT_CALL_TIMEOUT);
    }

    public DockerEngine(EngineHost host, Duration callTimeout) {
        this.host = host;
        this.callTimeout = callTimeout;
        this.wire = new HttpWire(host, host instanceof EngineHost.Tcp tcp && tcp.tls()
                ? PemTls.socketFactory(tcp.tlsCertDir()) : null);
    }

    /** Connects to {@code --host} if given, else {@code DOCKER_HOST}, else the default socket. Lazy: no I/O yet. */
    public static DockerEngine connect(String hostOption) {
        return new DockerEngine(EngineHost.resolve(hostOption));
    }

    @Override
    public EngineHost host() {
        return host;
    }

    @Override
    public ApiVersion apiVersion() {
        ApiVersion v = apiVersion;
        if (v == null) {
            synchronized (this) {
                if (apiVersion == null) {
                    apiVersion = negotiate(ping().engineApiVersion());
                }
                v = apiVersion;
            }
        }
        return v;
    }

    private ApiVersion negotiate(ApiVersion engineVersion) {
        ApiVersion chosen = ApiVersion.negotiate(engineVersion);
        if (chosen == null) {
            throw new InputException("Docker engine at " + host.display() + " speaks API " + engineVersion
                    + ", older than the " + ApiVersion.OLDEST_SUPPORTED + " Trusty needs (Docker 1.12)");
        }
        return chosen;
    }

    @Override
    public Ping ping() {
        Watchdog watchdog = Watchdog.start(callTimeout);
        try (watchdog; HttpWire.Response response = send("GET", "/_ping", null, watchdog)) {
            response.readAll();
            String header = response.header("Api-Version");
            ApiVersion engineVersion;
            try {
                // Engines older than API 1.25 do not send the header; they speak 1.24 at most.
                engineVersion = header == null ? ApiVersion.OLDEST_SUPPORTED : ApiVersion.parse(header);
            } catch (IllegalArgumentException e) {
                throw new InputException("Docker engine at " + host.display() + " sent a bad Api-Version header: " + header);
            }
            return new Ping(engineVersion, response.header("Ostype"),
                    "true".equalsIgnoreCase(response.header("Docker-Experimental")), response.header("Server"));
        } catch (IOException e) {
            throw watchdog.fired() ? timedOut() : lost(e);
        }
    }

    @Override
    public JsonNode version() {
        return getJson("/version", null);
    }

    @Override
    public JsonNode info() {
        return getJson("/info", null);
    }

    @Override
    public List<JsonNode> containers(boolean all, Map<String, List<String>> filters) {
        return list(getJson("/containers/json", query("all", all ? "1" : null, "filters", filtersJson(filters))));
    }

    @Override
    public JsonNode inspectContainer(String idOrName) {
        return getJson("/containers/" + segment(idOrName) + "/json", null);
    }

    @Override
    public JsonNode top(String idOrName, String psArgs) {
        return getJson("/containers/" + segment(idOrName) + "/top", query("ps_args", psArgs));
    }

    @Override
    public List<JsonNode> images(boolean all, Map<String, List<String>> filters) {
        return list(getJson("/images/json", query("all", all ? "1" : null, "filters", filtersJson(filters))));
    }

    @Override
    public JsonNode inspectImage(String nameOrId) {
        return getJson("/images/" + imagePath(nameOrId) + "/json", null);
    }

    @Override
    public List<JsonNode> imageHistory(String nameOrId) {
        return list(getJson("/images/" + imagePath(nameOrId) + "/history", null));
    }

    @Override
    public InputStream exportImage(String nameOrId) {
        return openStream("GET", "/images/" + imagePath(nameOrId) + "/get", null);
    }

    @Override
    public List<JsonNode> networks(Map<String, List<String>> filters) {
        return list(getJson("/networks", query("filters", filtersJson(filters))));
    }

    @Override
    public JsonNode inspectNetwork(String idOrName) {
        return getJson("/networks/" + segment(idOrName), null);
    }

    @Override
    public EventStream events(Instant since, Instant until, Map<String, List<String>> filters) {
        InputStream body = openStream("GET", "/events" + query(
                "since", timestamp(since), "until", timestamp(until), "filters", filtersJson(filters)), null);
        return new EventStream(JSON, body);
    }

    @Override
    public String createContainer(String name, Object config) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(config);
        } catch (IOException e) {
            throw new IllegalArgumentException("container config is not writable as JSON: " + e.getMessage(), e);
        }
        JsonNode created = call("POST", "/containers/create" + query("name", name), HttpWire.Body.json(body));
        return created.path("Id").asText();
    }

    @Override
    public void startContainer(String idOrName) {
        call("POST", "/containers/" + segment(idOrName) + "/start", null);
    }

    @Override
    public void removeContainer(String idOrName, boolean force) {
        call("DELETE", "/containers/" + segment(idOrName) + query("force", force ? "1" : null), null);
    }

    @Override
    public String importImage(InputStream rootfsTar, String repository, String tag, List<String> changes) {
        StringBuilder q = new StringBuilder(query("fromSrc", "-", "repo", repository, "tag", tag));
        for (String change : changes) {
            q.append('&').append("changes=").append(URLEncoder.encode(change, StandardCharsets.UTF_8));
        }
        HttpWire.Body tar = HttpWire.Body.streamed("application/x-tar", rootfsTar);
        String lastStatus = null;
        try (InputStream progress = openStream("POST", "/images/create" + q, tar);
             JsonParser parser = JSON.createParser(progress)) {
            // A stream of progress objects; a failure arrives as {"error": ...} inside a 200 response.
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode message = parser.readValueAsTree();
                if (message.hasNonNull("error")) {
                    throw new EngineException(500, message.get("error").asText(), "POST /images/create (import)");
                }
                if (message.hasNonNull("status")) {
                    lastStatus = message.get("status").asText();
                }
            }
        } catch (IOException e) {
            throw lost(e);
        }
        if (lastStatus != null && lastStatus.startsWith("sha256:")) {
            return lastStatus;
        }
        return inspectImage(repository + ":" + tag).path("Id").asText();
    }

    @Override
    public void removeImage(String nameOrId, boolean force) {
        call("DELETE", "/images/" + imagePath(nameOrId) + query("force", force ? "1" : null), null);
    }

    @Override
    public void close() {
        // One connection per request: nothing stays open between calls.
    }

    // ---- plumbing ----

    private JsonNode getJson(String path, String query) {
        return call("GET", path + (query == null ? "" : query), null);
    }

    /** A versioned request whose (JSON or empty) body is read whole. */
    private JsonNode call(String method, String pathAndQuery, HttpWire.Body body) {
        String target = versioned(pathAndQuery);
        Watchdog watchdog = Watchdog.start(callTimeout);
        try (watchdog; HttpWire.Response response = send(method, target, body, watchdog)) {
            byte[] bytes = response.readAll();
            if (response.status() >= 400) {
                throw error(method, pathAndQuery, response.status(), bytes);
            }
            return bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InputException("Docker engine at " + host.display() + ": " + method + " " + pathAndQuery
                    + " answered with something that is not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw watchdog.fired() ? timedOut() : lost(e);
        }
    }

    /** A versioned request whose body is handed over unread; errors are still raised here. */
    private InputStream openStream(String method, String pathAndQuery, HttpWire.Body body) {
        HttpWire.Response response = null;
        try {
            response = send(method, versioned(pathAndQuery), body, null);
            if (response.status() >= 400) {
                throw error(method, pathAndQuery, response.status(), response.readAll());
            }
            return response.body();
        } catch (IOException e) {
            throw lost(e);
        } catch (RuntimeException e) {
            if (response != null) {
                closeQuietly(response.body());
            }
            throw e;
        }
    }

    private HttpWire.Response send(String method, String target, HttpWire.Body body, Watchdog watchdog)
            throws IOException {
        try {
            return wire.exchange(method, target, body, watchdog);
        } catch (HttpWire.UnreachableException e) {
            throw unreachable(e);
        }
    }

    private String versioned(String pathAndQuery) {
        return "/v" + apiVersion() + pathAndQuery;
    }

    private InputException unreachable(HttpWire.UnreachableException e) {
        Throwable cause = e.getCause();
        String detail = String.valueOf(cause.getMessage());
        String why = cause instanceof UnknownHostException ? "unknown host " + detail
                : detail.contains("No such file") ? "no such socket"
                : detail.toLowerCase(Locale.ROOT);
        String remedy = detail.contains("Permission denied")
                ? "run Trusty as a user allowed to use the socket (e.g. in the docker group)"
                : "start dockerd there";
        return new InputException("cannot reach the Docker engine at " + host.display() + " (" + why + "); "
                + remedy + ", or point Trusty at another engine with --host or DOCKER_HOST", e);
    }

    private InputException timedOut() {
        return new InputException("Docker engine at " + host.display() + " did not answer within "
                + callTimeout.toSeconds() + " s; check that dockerd is healthy (e.g. 'docker info')");
    }

    private InputException lost(IOException e) {
        return new InputException("Docker engine at " + host.display() + ": connection failed mid-request ("
                + e.getMessage() + ")", e);
    }

    private static EngineException error(String method, String pathAndQuery, int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        String message = text;
        if (text.startsWith("{")) {
            try {
                JsonNode json = JSON.readTree(text);
                if (json.hasNonNull("message")) {
                    message = json.get("message").asText();
                }
            } catch (IOException e) {
                // keep the raw text
            }
        }
        int q = pathAndQuery.indexOf('?');
        return new EngineException(status, message, method + " " + (q >= 0 ? pathAndQuery.substring(0, q) : pathAndQuery));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    /** {@code ?k=v&...} from name/value pairs, skipping null values; "" when nothing is left. */
    static String query(String... namesAndValues) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                q.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static String filtersJson(Map<String, List<String>> filters) {
        if (filters == null || filters.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(filters));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String timestamp(Instant t) {
        return t == null ? null : t.getEpochSecond() + "." + String.format(Locale.ROOT, "%09d", t.getNano());
    }

    /** One path segment: ids and names, everything but unreserved characters percent-encoded. */
    static String segment(String s) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException("empty container, image or network name");
        }
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Image references keep their '/' and ':' (the engine routes {@code /images/{name:.*}/json}). */
    static String imagePath(String reference) {
        return segment(reference).replace("%2F", "/").replace("%3A", ":");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failing; the first error is the one to report
        }
    }
}
