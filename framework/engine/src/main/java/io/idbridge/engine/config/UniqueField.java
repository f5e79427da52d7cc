package io.idbridge.engine.config;

import io.idbridge.engine.expression.Expression;
import java.util.List;

/**
 * A field whose value must be unique in the target (a user name). Candidates are tried in order; a candidate that
 * uses {@code iteration} is tried with iteration 1, 2, ... up to {@code maxIterations}; one that does not is tried once.
 */
public record UniqueField(String field, List<Expression> candidates, int maxIterations) {
    public static final int DEFAULT_MAX_ITERATIONS = 50;

    public UniqueField {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("unique field " + field + " needs at least one candidate");
        }
    }
}
