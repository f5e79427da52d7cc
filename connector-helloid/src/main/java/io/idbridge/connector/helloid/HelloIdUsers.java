package io.idbridge.connector.helloid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.toolkit.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between HelloID user objects and flat {@link AccountData}. Nested objects become dotted names
 * ({@code userAttributes.department}), the same flattening the reference connector compares on
 * ({@code userAttributes_department}), and dotted names become nested objects again.
 */
final class HelloIdUsers {
    static final String USER_GUID = "userGUID";
    static final String USER_NAME = "userName";
    static final String IS_ENABLED = "isEnabled";
    static final String MANAGER = "managedByUserGUID";
    static final String IDENTIFIER_OBJECT = "IdentifierObject";

    /** Fields HelloID takes as booleans while mappings often give text ("true", "TRUE"). */
    private static final List<String> BOOLEAN_FIELDS = List.of(IS_ENABLED, "mustChangePassword");

    private HelloIdUsers() {
    }

    /** The user's fields, flat; arrays of objects (such as {@code links}) are left out, they are not account data. */
    static AccountData flatten(JsonNode user) {
        Map<String, Object> values = new LinkedHashMap<>();
        flattenInto(values, "", user);
        return new AccountData(values);
    }

    /** A request body from flat data: dotted names build nested objects. */
    static ObjectNode toBody(AccountData data) {
        ObjectNode body = Json.object();
        data.values().forEach((field, value) -> set(body, field, value));
        return body;
    }

    /** Sets a dotted field in {@code target}, creating (or merging into) the nested objects on the way. */
    static void set(ObjectNode target, String dottedField, Object value) {
        String[] parts = dottedField.split("\\.");
        ObjectNode parent = target;
        for (int index = 0; index < parts.length - 1; index++) {
            JsonNode child = parent.get(parts[index]);
            parent = child != null && child.isObject() ? (ObjectNode) child : parent.putObject(parts[index]);
        }
        parent.set(parts[parts.length - 1], Json.MAPPER.valueToTree(value));
    }

    /** Data with the known boolean fields turned from text into booleans, as the reference connector does. */
    static AccountData withBooleans(AccountData data) {
        Map<String, Object> values = new LinkedHashMap<>(data.values());
        for (String field : BOOLEAN_FIELDS) {
            Object value = values.get(field);
            if (value instanceof String text) {
                values.put(field, Boolean.parseBoolean(text.trim()));
            }
        }
        return new AccountData(values);
    }

    /** The user's {@code userGUID}; a user without one is an incomplete response. */
    static String userGuid(JsonNode user, String what) {
        String guid = text(user, USER_GUID);
        if (guid == null || guid.isBlank()) {
            throw new ConnectorException(HelloIdErrorCode.HELLOID_INCOMPLETE_RESPONSE, what + " returned a user without userGUID");
        }
        return guid;
    }

    /** "first last", falling back to the user name (as the reference import does). */
    static String displayName(JsonNode user) {
        String first = text(user, "firstName");
        String last = text(user, "lastName");
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return name.isEmpty() ? String.valueOf(text(user, USER_NAME)) : name;
    }

    /** A scalar field as text, matching the name without regard to case (the API mixes {@code Guid} and {@code GUID}). */
    static String text(JsonNode node, String field) {
        String exact = Json.text(node, field);
        if (exact != null) {
            return exact;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getKey().equalsIgnoreCase(field)) {
                return Json.text(node, entry.getKey());
            }
        }
        return null;
    }

    private static void flattenInto(Map<String, Object> values, String prefix, JsonNode node) {
        node.fields().forEachRemaining(entry -> {
            String name = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flattenInto(values, name + ".", value);
            } else if (value.isArray()) {
                scalars(value).ifPresent(list -> values.put(name, list));
            } else {
                values.put(name, scalar(value));
            }
        });
    }

    private static Optional<List<Object>> scalars(JsonNode array) {
        List<Object> list = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                return Optional.empty();
            }
            list.add(scalar(item));
        }
        return Optional.of(list);
    }

    private static Object scalar(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        return value.asText();
    }
}
