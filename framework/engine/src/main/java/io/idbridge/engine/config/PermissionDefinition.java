package io.idbridge.engine.config;

import io.idbridge.engine.expression.Expression;

/**
 * A permission rules can grant.
 *
 * @param name the definition's name in the configuration
 * @param type the target's permission type, e.g. {@code group} or {@code product}
 * @param fixedName the permission's name for a static permission; null for a dynamic one
 * @param dynamicName an expression over {@code person} and {@code contract} giving one permission name per contract
 *     in conditions; null for a static permission
 * @param createMissing create the permission as a resource when the target lacks it
 */
public record PermissionDefinition(String name, String type, String fixedName, Expression dynamicName,
                                   boolean createMissing) {
    public PermissionDefinition {
        if ((fixedName == null) == (dynamicName == null)) {
            throw new IllegalArgumentException("permission " + name + " needs exactly one of a name or a dynamic name");
        }
    }

    public boolean dynamic() {
        return dynamicName != null;
    }
}
