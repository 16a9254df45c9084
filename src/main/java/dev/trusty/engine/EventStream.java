package dev.trusty.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The engine's event feed: one JSON object per event ({@code Type}, {@code Action}, {@code Actor},
 * {@code time}, {@code timeNano}), delivered as the engine sends them. Without an {@code until} bound the
 * feed never ends; {@link #close()} it (from any thread) to stop.
 */
public final class EventStream implements AutoCloseable {
    private final InputStream body;
    private final JsonParser parser;

    EventStream(ObjectMapper mapper, InputStream body) throws IOException {
        this.body = body;
        this.parser = mapper.createParser(body);
    }

    /** Blocks until the next event; null when the feed ended (an {@code until} bound passed, or closed). */
    public JsonNode next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            return parser.readValueAsTree();
        } catch (IOException e) {
            throw new UncheckedIOException("reading Docker engine events: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
            body.close();
        } catch (IOException e) {
            // closing a feed we no longer read: nothing useful to report
        }
    }
}
