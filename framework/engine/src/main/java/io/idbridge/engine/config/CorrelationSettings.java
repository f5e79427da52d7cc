package io.idbridge.engine.config;

import io.idbridge.engine.expression.Expression;

/** Person value (an expression over {@code person}) matched against an account field of the target. */
public record CorrelationSettings(Expression personValue, String accountField) {
}
