package io.idbridge.sandbox.topdesk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The simulator's own JSON reading and writing, and TOPdesk's error body. */
final class TopdeskJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // TOPdesk writes dates like 2024-01-31T09:15:00.000+0000.
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private TopdeskJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** A JSON value as plain Java (String, Number, Boolean, Map, List or null), for keeping in a record. */
    static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    static JsonNode tree(Object plain) {
        return MAPPER.valueToTree(plain);
    }

    /** The body as a JSON object; 400 when it is missing, not JSON or not an object. */
    static ObjectNode readObject(String body) {
        JsonNode node = readTree(body);
        if (!(node instanceof ObjectNode object)) {
            throw TopdeskApiException.badRequest("The request body must be a JSON object");
        }
        return object;
    }

    /** The body as JSON; null when blank; 400 when it is not JSON. */
    static JsonNode readTree(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw TopdeskApiException.badRequest("The request body is not valid JSON");
        }
    }

    /** TOPdesk's error body: a list of messages, {@code [{"message": "..."}]} (the shape is UNVERIFIED). */
    static String error(String message) {
        ArrayNode errors = array();
        errors.addObject().put("message", message);
        return write(errors);
    }
}
