package io.idbridge.sandbox.topdesk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a POST or PATCH body asks to set; a field that is absent stays as it is.
 *
 * @param texts text fields by name; a null value clears the field
 * @param flags boolean fields by name
 * @param references {@code branch}, {@code department}, {@code budgetHolder} or {@code manager} to the id of the
 *     referenced entry; a null value clears the reference
 * @param optionalFields1 the keys of {@code optionalFields1} to set (values may be null)
 * @param optionalFields2 the same for {@code optionalFields2}
 */
record PersonChanges(Map<String, String> texts, Map<String, Boolean> flags, Map<String, String> references,
                     Map<String, Object> optionalFields1, Map<String, Object> optionalFields2) {
    PersonChanges {
        // Null values mean "clear", which Map.copyOf does not allow.
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        flags = Map.copyOf(flags);
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        optionalFields1 = Collections.unmodifiableMap(new LinkedHashMap<>(optionalFields1));
        optionalFields2 = Collections.unmodifiableMap(new LinkedHashMap<>(optionalFields2));
    }
}
