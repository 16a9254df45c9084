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
    private final ObjectMapper mapper;
    private final InputStream body;
    private JsonParser parser;
    private volatile boolean closed;

    EventStream(ObjectMapper mapper, InputStream body) {
        this.mapper = mapper;
        this.body = body;
    }

    /** Blocks until the next event; null when the feed ended (an {@code until} bound passed, or closed). */
    public JsonNode next() {
        try {
            if (parser == null) {
                // Created on first use: Jackson reads ahead to detect the encoding, which would block the
                // caller of events() until the first event arrived.
                parser = mapper.createParser(body);
            }
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            return parser.readValueAsTree();
        } catch (IOException e) {
            if (closed) {
                return null; // closed by another thread while waiting
            }
            throw new UncheckedIOException("reading Docker engine events: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            body.close();
        } catch (IOException e) {
            // closing a feed we no longer read: nothing useful to report
        }
    }
}
