package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of a CSV file.
 *
 * @param location where the row starts, e.g. {@code persons.csv line 12}; never null
 * @param values column name to trimmed value, in header order; blank cells are empty strings, never null
 */
record CsvRow(String location, Map<String, String> values) {
    CsvRow {
        requireNonNull(location, "location is null");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(values, "values is null")));
    }

    /** The value of a column the header is known to have. */
    String value(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException(location + " has no column " + column);
        }
        return value;
    }

    /** The raw fields handed to the engine: every column, as strings (unmodifiable, so shared, not copied). */
    Map<String, Object> fields() {
        return Collections.unmodifiableMap(values);
    }
}
