package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** The one JSON mapper of a plugin and small helpers around it. Thread-safe. */
public final class Json {
    /** {@code application/json} without a charset parameter; the body is always UTF-8 bytes. */
    public static final MediaType JSON = MediaType.get("application/json");

    /** Lenient on unknown properties, because targets add fields without notice. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Parses a response body.
     *
     * @param text the body; empty text gives a {@code MissingNode}
     * @param what names the request for the error message, e.g. {@code GET /users}
     * @throws ConnectorException {@code MALFORMED_RESPONSE} when the text is not JSON (the text is not quoted, it may
     *     contain personal data)
     */
    public static JsonNode parse(String text, String what) {
        requireNonNull(text, "text is null");
        if (text.isBlank()) {
            return MAPPER.missingNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException malformed) {
            throw new ConnectorException(StandardErrorCode.MALFORMED_RESPONSE,
                    what + " returned a body that is not JSON", malformed);
        }
    }

    /** Converts a tree into a typed value (e.g. a record); a mismatch is a {@code MALFORMED_RESPONSE}. */
    public static <T> T convert(JsonNode node, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException mismatch) {
            throw new ConnectorException(StandardErrorCode.MALFORMED_RESPONSE,
                    what + " returned JSON that does not fit " + type.getSimpleName(), mismatch);
        }
    }

    /** Serialises a value as UTF-8 JSON. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException unserialisable) {
            throw new ConnectorException(StandardErrorCode.INTERNAL_ERROR,
                    "cannot serialise " + value.getClass().getSimpleName() + " as JSON", unserialisable);
        }
    }

    /** A request body with {@code Content-Type: application/json} and the value as UTF-8 JSON. */
    public static RequestBody requestBody(Object value) {
        return RequestBody.create(bytes(value), JSON);
    }

    /** The text of a JSON field, or null when it is absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
