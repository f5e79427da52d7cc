package io.idbridge.engine.config;

import java.util.Map;
import java.util.Optional;

/** Per action type (create, update, enable, disable, delete, grant, revoke), the threshold that holds it. */
public record ActionThresholds(Map<String, Threshold> byActionType) {
    public static final ActionThresholds NONE = new ActionThresholds(Map.of());

    public ActionThresholds {
        byActionType = Map.copyOf(byActionType);
    }

    public Optional<Threshold> forType(String actionType) {
        return Optional.ofNullable(byActionType.get(actionType.toLowerCase(java.util.Locale.ROOT)));
    }
}
