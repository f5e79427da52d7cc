package io.idbridge.engine.expression;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One expression's results by the values it reads. CEL has no side effects, so an expression that reads only plain
 * paths ({@code contract.type.code}, {@code today}) and iterates over nothing gives the same result for the same
 * values. Rules, dynamic permission names and most mapping conditions read a few fields with few distinct values
 * (contract types, departments, fte), so across an organisation nearly every evaluation is a look-up here.
 *
 * <p>Only text, boolean and number results are kept, and only when every path read ends in such a value: anything
 * else (a missing key, a map, a list) is evaluated every time. Expressions whose values hardly repeat (a user name
 * built from the person's name) fill the memo once; then it is dropped and such an expression is evaluated directly.
 */
final class ResultMemo {
    static final Object MISS = new Object();
    private static final Object NULL = new Object();
    private static final int CAPACITY = 4096;

    /** Per path read, its keys from the variable on. */
    private final List<String[]> reads;
    private final ConcurrentHashMap<List<Object>, Object> results = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private volatile boolean off;

    private ResultMemo(List<String[]> reads) {
        this.reads = reads;
    }

    /** The memo for a checked expression, or null when its result may depend on more than the paths it reads. */
    static ResultMemo of(CelAbstractSyntaxTree ast) {
        List<String[]> reads = new ArrayList<>();
        return collect(ast.getExpr(), reads) ? new ResultMemo(List.copyOf(reads)) : null;
    }

    /** Adds the paths {@code expr} reads; false when it holds a comprehension (its variables are not paths). */
    private static boolean collect(CelExpr expr, List<String[]> reads) {
        switch (expr.getKind()) {
            case CONSTANT:
                return true;
            case IDENT:
                reads.add(new String[] {expr.ident().name()});
                return true;
            case SELECT:
                String[] path = DirectEvaluator.fieldPath(expr);
                if (path == null) {
                    // a select on a computed value: what it computes from is read below
                    CelExpr current = expr;
                    while (current.getKind() == CelExpr.ExprKind.Kind.SELECT) {
                        current = current.select().operand();
                    }
                    return collect(current, reads);
                }
                reads.add(path);
                return true;
            case CALL:
                if (expr.call().target().isPresent() && !collect(expr.call().target().get(), reads)) {
                    return false;
                }
                return expr.call().args().stream().allMatch(arg -> collect(arg, reads));
            case LIST:
                return expr.list().elements().stream().allMatch(element -> collect(element, reads));
            case MAP:
                return expr.map().entries().stream()
                        .allMatch(entry -> collect(entry.key(), reads) && collect(entry.value(), reads));
            case STRUCT:
                return expr.struct().entries().stream().allMatch(entry -> collect(entry.value(), reads));
            default:
                return false;
        }
    }

    /** The key for these variables, or null when this evaluation is not to be memoised. */
    List<Object> key(Map<String, ?> variables) {
        if (off) {
            return null;
        }
        Object[] values = new Object[reads.size()];
        for (int index = 0; index < values.length; index++) {
            Object value = variables;
            for (String part : reads.get(index)) {
                if (!(value instanceof Map<?, ?> map) || !map.containsKey(part)) {
                    return null;
                }
                value = map.get(part);
            }
            if (!scalar(value)) {
                return null;
            }
            values[index] = value;
        }
        return Arrays.asList(values);
    }

    /** The result memoised for the key, or {@link #MISS}. */
    Object get(List<Object> key) {
        Object result = results.get(key);
        if (result == null) {
            return MISS;
        }
        hits.increment();
        return result == NULL ? null : result;
    }

    void put(List<Object> key, Object result) {
        if (!scalar(result) || off) {
            return;
        }
        if (results.size() >= CAPACITY) {
            // full: keep it if it is being reused, else this expression's values do not repeat enough to pay
            if (hits.sum() < CAPACITY) {
                off = true;
                results.clear();
            }
            return;
        }
        results.put(key, result == null ? NULL : result);
    }

    private static boolean scalar(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double || value instanceof Integer;
    }
}
