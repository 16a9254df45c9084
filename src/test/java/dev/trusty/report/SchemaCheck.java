package dev.trusty.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates documents against a JSON Schema with networknt's validator, formats asserted too. */
final class SchemaCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    static SchemaCheck load(InputStream schemaJson, SpecificationVersion defaultDialect) {
        try (schemaJson) {
            JsonNode node = MAPPER.readTree(schemaJson);
            return new SchemaCheck(SchemaRegistry.withDefaultDialect(defaultDialect).getSchema(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as "instance path: message"; empty when the document is valid. */
    List<String> errors(String json) {
        try {
            JsonNode doc = MAPPER.readTree(json);
            List<Error> errors = schema.validate(doc,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
            return errors.stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
