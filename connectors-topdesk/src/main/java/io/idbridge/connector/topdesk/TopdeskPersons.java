package io.idbridge.connector.topdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.model.AccountData;
import io.idbridge.toolkit.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * TOPdesk persons as flat field maps and back. A person's nested objects flatten one level, {@code branch.name},
 * {@code optionalFields1.text1}, as the reference connector compares them ({@code branch_name}); a source uses
 * {@code _} so CEL can name the field. An empty reference ({@code "department": null}) reads as empty name and id, so
 * a mapping that clears it compares equal. Dotted account fields nest again when written.
 */
final class TopdeskPersons {
    private static final Set<String> AUDIT_FIELDS = Set.of("creator", "creationDate", "modifier", "modificationDate");

    private TopdeskPersons() {
    }

    /** The person's fields, nested objects flattened with {@code separator}; JSON null and missing are {@code ""}. */
    static Map<String, Object> flatten(ObjectNode person, String separator) {
        Map<String, Object> fields = new LinkedHashMap<>();
        person.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                value.fields().forEachRemaining(child -> {
                    if (!child.getValue().isContainerNode()) {
                        fields.put(field.getKey() + separator + child.getKey(), scalar(child.getValue()));
                    }
                });
            } else if (value.isNull() && TopdeskLookups.Kind.byField(field.getKey()).isPresent()) {
                fields.put(field.getKey() + separator + "id", "");
                fields.put(field.getKey() + separator + "name", "");
            } else if (!value.isContainerNode()) {
                fields.put(field.getKey(), scalar(value));
            }
        });
        return fields;
    }

    /**
     * The account data of a person as the target connector reads and compares it: without TOPdesk's audit fields,
     * which change with every write and are nobody's account data.
     */
    static AccountData data(ObjectNode person) {
        Map<String, Object> fields = flatten(person, ".");
        fields.keySet().removeIf(field -> AUDIT_FIELDS.contains(field.contains(".")
                ? field.substring(0, field.indexOf('.')) : field));
        return new AccountData(fields);
    }

    /** The person's id; every person TOPdesk returns has one. */
    static String id(ObjectNode person) {
        String id = Json.text(person, "id");
        if (id == null || id.isBlank()) {
            throw new ConnectorException(StandardErrorCode.MALFORMED_RESPONSE, "TOPdesk returned a person without an id");
        }
        return id;
    }

    static boolean archived(ObjectNode person) {
        return "personArchived".equals(Json.text(person, "status")) || person.path("archived").asBoolean(false);
    }

    /** A request body: {@code a.b = v} becomes {@code {"a": {"b": v}}}, the rest is copied as it is. */
    static ObjectNode body(Map<String, Object> fields) {
        ObjectNode body = Json.object();
        fields.forEach((name, value) -> {
            int dot = name.indexOf('.');
            ObjectNode parent = body;
            String key = name;
            if (dot > 0) {
                JsonNode existing = body.get(name.substring(0, dot));
                parent = existing instanceof ObjectNode object ? object : body.putObject(name.substring(0, dot));
                key = name.substring(dot + 1);
            }
            parent.set(key, Json.MAPPER.valueToTree(value));
        });
        return body;
    }

    /** The text by which two values compare: TOPdesk answers empty text as {@code ""}, so null is {@code ""}. */
    static String comparable(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Object scalar(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.asText();
    }
}
