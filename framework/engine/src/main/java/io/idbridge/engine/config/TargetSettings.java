package io.idbridge.engine.config;

import java.util.Map;
import java.util.Optional;

/**
 * One configured target.
 *
 * @param correlation how to find an existing account before creating one; null when correlation is off
 * @param permissions permission definitions by name (the name rules grant as {@code <target>.<name>})
 */
public record TargetSettings(String name, CorrelationSettings correlation, LifecyclePolicy lifecycle,
                             AccountMapping account, Map<String, PermissionDefinition> permissions,
                             ActionThresholds thresholds, Pacing pacing) {
    /** The entitlement name of the account itself. */
    public static final String ACCOUNT = "account";

    public TargetSettings {
        permissions = Map.copyOf(permissions);
    }

    public Optional<CorrelationSettings> correlationSettings() {
        return Optional.ofNullable(correlation);
    }
}
