package io.idbridge.engine.expression;

import static java.util.Objects.requireNonNull;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A compiled CEL expression with the text and configuration origin it came from. Thread-safe.
 *
 * <p>Most mapping entries are a plain field path ({@code source.first_name}, {@code person.name.nick}); those are
 * read from the maps directly, with CEL's result and CEL's errors (a missing key fails), without the interpreter:
 * a third of an import's time went into evaluating such paths. Other expressions that read only plain paths remember
 * their results by the values read ({@link ResultMemo}); those that build text from fields are evaluated without the
 * interpreter too ({@link DirectEvaluator}).
 */
public final class Expression {
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");

    private final String text;
    private final String origin;
    private final Program program;
    /** The variable and keys of a plain field path; null for any other expression. */
    private final List<String> path;
    /** Null when the result may depend on more than the paths the expression reads. */
    private final ResultMemo memo;
    /** Null when the expression uses more than the direct evaluator handles. */
    private final DirectEvaluator direct;

    Expression(String text, String origin, Program program, ResultMemo memo, DirectEvaluator direct) {
        this.text = requireNonNull(text, "text is null");
        this.origin = requireNonNull(origin, "origin is null");
        this.program = requireNonNull(program, "program is null");
        this.memo = memo;
        this.direct = direct;
        String trimmed = text.trim();
        this.path = PLAIN_PATH.matcher(trimmed).matches() ? List.of(trimmed.split("\\.")) : null;
    }

    public String text() {
        return text;
    }

    /** Whether the expression is evaluated without the interpreter where its values allow. */
    boolean evaluatesDirectly() {
        return direct != null;
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
        if (path != null) {
            return toJava(read(variables));
        }
        if (direct != null) {
            Object value = direct.evaluate(variables);
            if (value != DirectEvaluator.FALLBACK) {
                return value;
            }
        }
        List<Object> key = memo == null ? null : memo.key(variables);
        if (key != null) {
            Object memoised = memo.get(key);
            if (memoised != ResultMemo.MISS) {
                return memoised;
            }
        }
        try {
            Object value = toJava(program.eval(variables));
            if (key != null) {
                memo.put(key, value);
            }
            return value;
        } catch (CelEvaluationException | RuntimeException failure) {
            throw new ExpressionException("expression '" + text + "' at " + origin + " failed: "
                    + failure.getMessage(), failure);
        }
    }

    /** A plain path through nested maps; anything CEL would refuse (a missing key, a non-map on the way) fails. */
    private Object read(Map<String, ?> variables) {
        Object value = variables;
        for (int index = 0; index < path.size(); index++) {
            String key = path.get(index);
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
                String problem = value instanceof Map<?, ?> || index == 0 ? "no such key: " + key
                        : "'" + String.join(".", path.subList(0, index)) + "' is " + describe(value)
                        + ", not a map";
                throw new ExpressionException("expression '" + text + "' at " + origin + " failed: " + problem);
            }
            value = map.get(key);
        }
        return value;
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
