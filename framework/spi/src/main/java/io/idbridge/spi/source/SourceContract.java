package io.idbridge.spi.source;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;

/**
 * One raw contract (employment, position) of a source person.
 *
 * @param fields raw field values as the source gives them (String, Number, Boolean, null); never null. Kept as a
 *     read-only view, not copied: a connector hands the map over and does not change it afterwards
 */
public record SourceContract(Map<String, Object> fields) {
    public SourceContract {
        fields = Collections.unmodifiableMap(requireNonNull(fields, "fields is null"));
    }
}
