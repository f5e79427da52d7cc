package io.idbridge.engine.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks account fields that hold secrets (a password sent on create, say) wherever data leaves the engine: the audit
 * log, previews and reports. The journal keeps the real value, because the action needs it.
 */
public final class SecretFields {
    private static final Set<String> HINTS = Set.of("password", "secret", "token");
    private static final String MASK = "******";

    private SecretFields() {
    }

    public static boolean isSecret(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        return HINTS.stream().anyMatch(lower::contains);
    }

    /** A copy with secret fields masked, nested maps included. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mask(Map<String, Object> values) {
        Map<String, Object> masked = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (isSecret(field)) {
                masked.put(field, MASK);
            } else if (value instanceof Map<?, ?> nested) {
                masked.put(field, mask((Map<String, Object>) nested));
            } else {
                masked.put(field, value);
            }
        });
        return masked;
    }
}
