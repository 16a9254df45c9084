package dev.trusty.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.InputStream;

/** Reads the JSON manifests of language ecosystems; a malformed one is a warning, never the end of a scan. */
final class JsonDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDocuments() {
    }

    /** The document, or a missing node (after a warning naming the file) when it is not JSON. */
    static JsonNode read(String path, InputStream content, Warnings warnings) {
        try {
            JsonNode root = JSON.readTree(content);
            return root == null ? MissingNode.getInstance() : root;
        } catch (IOException e) {
            warnings.add(path + ": skipped malformed JSON");
            return MissingNode.getInstance();
        }
    }
}
