package io.idbridge.engine.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the WHERE clause of a filtered query from the filters that are set; a null filter adds nothing. */
final class WhereClause {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    void equalTo(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = ?");
            parameters.add(value);
        }
    }

    void atLeast(String column, Object value) {
        if (value != null) {
            conditions.add(column + " >= ?");
            parameters.add(value);
        }
    }

    void in(String column, List<Object> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN filter needs at least one value");
        }
        conditions.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
        parameters.addAll(values);
    }

    /** The clause with a leading space, or an empty string when nothing filters. */
    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Object[] parameters() {
        return parameters.toArray();
    }
}
