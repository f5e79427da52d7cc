package io.idbridge.engine.expression;

/** An expression failed to compile or to evaluate; the message names the expression and where it was configured. */
public class ExpressionException extends RuntimeException {
    public ExpressionException(String message) {
        super(message);
    }

    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
