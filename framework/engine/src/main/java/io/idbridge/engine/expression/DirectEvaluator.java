package io.idbridge.engine.expression;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Evaluates the expressions that build text from fields without the CEL interpreter: constants, field paths, string
 * concatenation ({@code +}), equality of text, the conditional operator, {@code normalize()} and {@code string()}.
 * User names and display names are such expressions, and their values rarely repeat, so {@link ResultMemo} cannot
 * help them: a first sync of 300,000 persons spent a seventh of its plan in the interpreter generating user names.
 *
 * <p>It gives the interpreter's result or nothing: whenever a value is not one it handles exactly as CEL does (a
 * missing key, a number where text was expected, a null), it answers {@link #FALLBACK} and the expression is
 * evaluated by CEL, which then gives its result or its error.
 */
final class DirectEvaluator {
    static final Object FALLBACK = new Object();

    private final Node root;

    private DirectEvaluator(Node root) {
        this.root = root;
    }

    /** The direct evaluator of a checked expression, or null when it uses anything this class does not handle. */
    static DirectEvaluator of(CelExpr expr) {
        Node root = node(expr);
        return root == null ? null : new DirectEvaluator(root);
    }

    /** The expression's value, or {@link #FALLBACK} when CEL has to evaluate it. */
    Object evaluate(Map<String, ?> variables) {
        Object value = root.evaluate(variables);
        // a map or list read from the variables would be handed out as it is; CEL's result is a copy
        return value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double
                ? value : FALLBACK;
    }

    @FunctionalInterface
    private interface Node {
        Object evaluate(Map<String, ?> variables);
    }

    private static Node node(CelExpr expr) {
        switch (expr.getKind()) {
            case CONSTANT:
                return constant(expr.constant());
            case IDENT:
            case SELECT:
                return path(expr);
            case CALL:
                return call(expr.call());
            default:
                return null;
        }
    }

    private static Node constant(CelConstant constant) {
        Object value = switch (constant.getKind()) {
            case STRING_VALUE -> constant.stringValue();
            case INT64_VALUE -> constant.int64Value();
            case BOOLEAN_VALUE -> constant.booleanValue();
            default -> null;
        };
        return value == null ? null : variables -> value;
    }

    /**
     * The variable and keys of a field path ({@code contract.department.code}), or null when the selects start from a
     * computed value rather than a variable.
     */
    static String[] fieldPath(CelExpr expr) {
        List<String> keys = new ArrayList<>();
        CelExpr current = expr;
        while (current.getKind() == CelExpr.ExprKind.Kind.SELECT) {
            keys.add(0, current.select().field());
            current = current.select().operand();
        }
        if (current.getKind() != CelExpr.ExprKind.Kind.IDENT) {
            return null;
        }
        keys.add(0, current.ident().name());
        return keys.toArray(String[]::new);
    }

    /** A path from a variable through nested maps; a missing key or a null on the way is CEL's to report. */
    private static Node path(CelExpr expr) {
        // has(...) is a select that only tests, and only the outermost select of a path can be one
        String[] path = expr.getKind() == CelExpr.ExprKind.Kind.SELECT && expr.select().testOnly() ? null
                : fieldPath(expr);
        if (path == null) {
            return null;
        }
        return variables -> {
            Object value = variables;
            for (String key : path) {
                if (!(value instanceof Map<?, ?> map)) {
                    return FALLBACK;
                }
                value = map.get(key);
                if (value == null) {
                    return FALLBACK; // missing, or null: CEL's null semantics are its own
                }
            }
            return value; // an Integer, which CEL refuses, matches nothing below and falls back
        };
    }

    private static Node call(CelExpr.CelCall call) {
        if (call.target().isPresent()) {
            return null;
        }
        List<Node> args = new ArrayList<>();
        for (CelExpr arg : call.args()) {
            Node node = node(arg);
            if (node == null) {
                return null;
            }
            args.add(node);
        }
        return switch (call.function() + "/" + args.size()) {
            case "_+_/2" -> concatenation(args.get(0), args.get(1));
            case "_==_/2" -> equality(args.get(0), args.get(1), true);
            case "_!=_/2" -> equality(args.get(0), args.get(1), false);
            case "_?_:_/3" -> conditional(args.get(0), args.get(1), args.get(2));
            case "normalize/1" -> text(args.get(0), Normalizer::normalize);
            case "string/1" -> conversion(args.get(0));
            default -> null;
        };
    }

    private static Node concatenation(Node left, Node right) {
        return variables -> {
            if (left.evaluate(variables) instanceof String first && right.evaluate(variables) instanceof String second) {
                return first.concat(second);
            }
            return FALLBACK; // numbers add, lists join, and the rest fails: CEL's business
        };
    }

    private static Node equality(Node left, Node right, boolean equal) {
        return variables -> {
            Object first = left.evaluate(variables);
            Object second = right.evaluate(variables);
            boolean comparable = first instanceof String && second instanceof String
                    || first instanceof Boolean && second instanceof Boolean
                    || first instanceof Long && second instanceof Long;
            return comparable ? (Object) (first.equals(second) == equal) : FALLBACK;
        };
    }

    /** Only the branch taken is evaluated, as in CEL. */
    private static Node conditional(Node condition, Node then, Node otherwise) {
        return variables -> {
            Object test = condition.evaluate(variables);
            if (!(test instanceof Boolean chosen)) {
                return FALLBACK;
            }
            return chosen ? then.evaluate(variables) : otherwise.evaluate(variables);
        };
    }

    private static Node text(Node argument, UnaryOperator<String> function) {
        return variables -> argument.evaluate(variables) instanceof String value ? function.apply(value) : FALLBACK;
    }

    /** {@code string()} of text or of a whole number; other types format as CEL decides. */
    private static Node conversion(Node argument) {
        return variables -> {
            Object value = argument.evaluate(variables);
            return value instanceof String || value instanceof Long ? value.toString() : FALLBACK;
        };
    }
}
