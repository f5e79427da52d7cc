package io.idbridge.engine.expression;

import static java.util.Objects.requireNonNull;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled CEL expression with the text and configuration origin it came from. Thread-safe.
 */
public final class Expression {
    private final String text;
    private final String origin;
    private final Program program;

    Expression(String text, String origin, Program program) {
        this.text = requireNonNull(text, "text is null");
        this.origin = requireNonNull(origin, "origin is null");
        this.program = requireNonNull(program, "program is null");
    }

    public String text() {
        return text;
    }

    /** Where the expression is configured, e.g. {@code idbridge.conf:42 (targets.helloid.account.firstName)}. */
    public String origin() {
        return origin;
    }

    /**
     * Evaluates against the given variables and returns a plain Java value: String, Boolean, Long, Double, List, Map or
     * null.
     *
     * @throws ExpressionException naming the expression and its origin when evaluation fails
     */
    public Object evaluate(Map<String, ?> variables) {
        try {
            return toJava(program.eval(variables));
        } catch (CelEvaluationException | RuntimeException failure) {
            throw new ExpressionException("expression '" + text + "' at " + origin + " failed: "
                    + failure.getMessage(), failure);
        }
    }

    /** Evaluates and requires a boolean. */
    public boolean test(Map<String, ?> variables) {
        Object value = evaluate(variables);
        if (value instanceof Boolean result) {
            return result;
        }
        throw new ExpressionException("expression '" + text + "' at " + origin + " must give true or false, gave "
                + describe(value));
    }

    /** Evaluates and gives the value as text ("" for null). */
    public String evaluateString(Map<String, ?> variables) {
        Object value = evaluate(variables);
        return value == null ? "" : value.toString();
    }

    static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }

    @SuppressWarnings("unchecked")
    private static Object toJava(Object value) {
        if (value == null || value.getClass().getName().endsWith("NullValue")) {
            return null;
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof com.google.common.primitives.UnsignedLong number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>();
            list.forEach(item -> converted.add(toJava(item)));
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((key, item) -> converted.put(String.valueOf(key), toJava(item)));
            return converted;
        }
        return value;
    }

    @Override
    public String toString() {
        return text;
    }
}
