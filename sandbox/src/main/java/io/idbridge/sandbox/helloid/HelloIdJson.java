package io.idbridge.sandbox.helloid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's own JSON reading and writing. Property names in request bodies match case-insensitively, as
 * HelloID's ASP.NET model binding does (which is why the legacy docs' {@code groupGUID} and the connector's
 * {@code groupGuid} both work); responses use the exact names of systems.md §2.
 */
final class HelloIdJson {
    static final String USER_NOT_FOUND = "User not found";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HelloIdJson() {
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

    /** The body as a JSON object; 400 when it is missing or not an object. */
    static ObjectNode readObject(String body) {
        JsonNode node;
        try {
            node = body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw HelloIdApiException.badRequest("The request body is not valid JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw HelloIdApiException.badRequest("The request body must be a JSON object");
        }
        return object;
    }

    /** A property by case-insensitive name; empty when absent. */
    static Optional<JsonNode> field(JsonNode object, String name) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return Optional.of(field.getValue());
            }
        }
        return Optional.empty();
    }

    /** A string property; null when absent or JSON null; 400 when it is an object or array. */
    static String text(JsonNode object, String name) {
        Optional<JsonNode> value = field(object, name).filter(node -> !node.isNull());
        if (value.isEmpty()) {
            return null;
        }
        if (!value.get().isValueNode()) {
            throw HelloIdApiException.badRequest(name + " must be a string");
        }
        return value.get().asText();
    }

    /** A boolean property, also accepting the strings "true" and "false" as ASP.NET does; 400 otherwise. */
    static boolean bool(JsonNode object, String name, boolean absent) {
        Optional<JsonNode> value = field(object, name).filter(node -> !node.isNull());
        if (value.isEmpty()) {
            return absent;
        }
        JsonNode node = value.get();
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.isTextual() ? node.textValue().toLowerCase(Locale.ROOT) : "";
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw HelloIdApiException.badRequest(name + " must be a boolean, was " + node);
    }

    /** The {@code userAttributes} object as a map; empty when absent; 400 when not an object. */
    static Map<String, Object> attributes(JsonNode object) {
        Optional<JsonNode> value = field(object, "userAttributes").filter(node -> !node.isNull());
        if (value.isEmpty()) {
            return Map.of();
        }
        if (!value.get().isObject()) {
            throw HelloIdApiException.badRequest("userAttributes must be an object");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        value.get().fields().forEachRemaining(field ->
                attributes.put(field.getKey(), MAPPER.convertValue(field.getValue(), Object.class)));
        return attributes;
    }

    static ObjectNode user(SimulatedUser user) {
        ObjectNode node = object();
        node.put("userGUID", user.userGuid());
        node.put("id", user.id());
        node.put("userName", user.userName());
        node.put("firstName", user.firstName());
        node.put("lastName", user.lastName());
        node.put("contactEmail", user.contactEmail());
        node.put("isEnabled", user.enabled());
        node.put("source", user.source());
        node.put("mustChangePassword", user.mustChangePassword());
        node.set("userAttributes", MAPPER.valueToTree(user.userAttributes()));
        node.put("managedByUserGUID", user.managedByUserGuid());
        node.put("isDeleted", user.deleted());
        node.putNull("lastLogin");
        ObjectNode self = object().put("title", "self").put("location", "/api/v1/users/" + user.userGuid());
        node.set("links", array().add(self));
        return node;
    }

    static ObjectNode group(SimulatedGroup group) {
        return object().put("groupGuid", group.groupGuid()).put("name", group.name())
                .put("isEnabled", group.enabled());
    }

    static ObjectNode groupWithMembers(SimulatedGroup group, List<String> memberGuids) {
        ObjectNode node = group(group);
        ArrayNode users = node.putArray("users");
        memberGuids.forEach(users::add);
        return node;
    }

    static ObjectNode product(SimulatedProduct product) {
        return object().put("productId", product.productGuid()).put("productGuid", product.productGuid())
                .put("name", product.name()).put("code", product.code());
    }

    static ObjectNode assignment(SimulatedAssignment assignment, String productName) {
        return object().put("productGuid", assignment.productGuid()).put("productName", productName)
                .put("userGuid", assignment.userGuid());
    }

    /** {@code {"message": ...}}; validation errors (400, 409) also carry {@code resultMsg}. */
    static String error(int status, String message) {
        ObjectNode node = object().put("message", message);
        if (status == 400 || status == 409) {
            node.put("resultMsg", message);
        }
        return write(node);
    }
}
