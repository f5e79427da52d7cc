package io.idbridge.engine.notify;

import io.idbridge.engine.expression.Expression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who receives a notification: fixed addresses, or a CEL expression over {@code person} giving one address, a list of
 * them, or text with addresses separated by commas. Blank results mean nobody.
 *
 * @param addresses the fixed addresses; empty when {@code expression} is set
 * @param expression null when {@code addresses} is set
 */
public record Recipient(List<String> addresses, Expression expression) {
    public Recipient {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty() == (expression == null)) {
            throw new IllegalArgumentException("a recipient is either fixed addresses or an expression");
        }
    }

    public static Recipient fixed(String... addresses) {
        return new Recipient(List.of(addresses), null);
    }

    public static Recipient of(Expression expression) {
        return new Recipient(List.of(), expression);
    }

    /**
     * The addresses for these expression variables (ignored for fixed addresses).
     *
     * @throws io.idbridge.engine.expression.ExpressionException when the expression fails
     */
    public List<String> resolve(Map<String, ?> variables) {
        if (expression == null) {
            return addresses;
        }
        Object value = expression.evaluate(variables);
        List<String> resolved = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(item -> addSplit(resolved, item));
        } else {
            addSplit(resolved, value);
        }
        return resolved;
    }

    private static void addSplit(List<String> into, Object value) {
        if (value == null) {
            return;
        }
        for (String part : value.toString().split("[,;]")) {
            if (!part.isBlank()) {
                into.add(part.trim());
            }
        }
    }

    @Override
    public String toString() {
        return expression == null ? String.join(", ", addresses) : expression.text();
    }
}
