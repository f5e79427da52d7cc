package io.idbridge.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads request bodies the connector sent, to check what a PUT would change: HelloID's PUT replaces every writable
 * field and clears the ones left out, so a correct update sends the whole user back with only the intended change.
 */
final class UserWrites {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UserWrites() {
    }

    /** The body as flat dotted names ({@code userAttributes.department}). */
    static Map<String, Object> flatBody(RecordedRequest request) {
        try {
            Map<String, Object> flat = new LinkedHashMap<>();
            flatten(flat, "", MAPPER.readValue(request.body(), Map.class));
            return flat;
        } catch (JsonProcessingException e) {
            throw new AssertionError("the body of " + request + " is not JSON: " + request.body(), e);
        }
    }

    /**
     * The writable fields a PUT body would change on {@code before}: a writable field the body leaves out counts as
     * cleared; userName changes only through {@code IdentifierObject.userName}.
     */
    static Set<String> changedFields(SimulatedUser before, RecordedRequest put) {
        Map<String, Object> body = flatBody(put);
        Map<String, Object> current = writable(before);
        Set<String> changed = new TreeSet<>();
        current.forEach((field, value) -> {
            if (!Objects.equals(normalise(body.get(field)), normalise(value))) {
                changed.add(field);
            }
        });
        body.forEach((field, value) -> {
            if (field.startsWith("userAttributes.") && !current.containsKey(field) && value != null) {
                changed.add(field);
            }
        });
        Object newUserName = body.get("IdentifierObject.userName");
        if (newUserName != null && !newUserName.equals(before.userName())) {
            changed.add("userName");
        }
        return changed;
    }

    private static Map<String, Object> writable(SimulatedUser user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("firstName", user.firstName());
        fields.put("lastName", user.lastName());
        fields.put("contactEmail", user.contactEmail());
        fields.put("isEnabled", user.enabled());
        fields.put("mustChangePassword", user.mustChangePassword());
        fields.put("managedByUserGUID", user.managedByUserGuid());
        user.userAttributes().forEach((name, value) -> fields.put("userAttributes." + name, value));
        return fields;
    }

    // JSON numbers come back as Integer or Long depending on size; compare them by value.
    private static Object normalise(Object value) {
        return value instanceof Number number ? number.longValue() : value;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Map<String, Object> flat, String prefix, Map<String, Object> node) {
        node.forEach((name, value) -> {
            if (value instanceof Map<?, ?> child) {
                flatten(flat, prefix + name + ".", (Map<String, Object>) child);
            } else {
                flat.put(prefix + name, value);
            }
        });
    }
}
