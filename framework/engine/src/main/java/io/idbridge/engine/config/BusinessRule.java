package io.idbridge.engine.config;

import io.idbridge.engine.expression.Expression;
import java.util.List;

/**
 * Conditions that grant entitlements. A contract is "in conditions" for the rule when the person condition and the
 * contract condition both hold for it; the rule's entitlements apply while the person has such contracts.
 *
 * @param personCondition an expression over {@code person}; {@code true} when not configured
 * @param contractCondition an expression over {@code person} and {@code contract}; {@code true} when not configured
 */
public record BusinessRule(String name, Expression personCondition, Expression contractCondition,
                           List<EntitlementRef> grants) {
    public BusinessRule {
        grants = List.copyOf(grants);
    }
}
