package io.idbridge.engine.plan;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One action of a plan.
 *
 * @param sequence position in the plan; actions run in sequence order within a person and target
 * @param personId null for resource actions
 * @param payload everything needed to carry the action out (data, changes old → new, permission), JSON-compatible
 * @param dependsOn the sequence of the action that must succeed first; null when none
 * @param reason why the engine plans it, in words
 */
public record PlannedAction(int sequence, String target, String personId, ActionType type, Map<String, Object> payload,
                            Integer dependsOn, String reason) {
    public PlannedAction {
        requireNonNull(target, "target is null");
        requireNonNull(type, "type is null");
        payload = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payload));
        requireNonNull(reason, "reason is null");
    }
}
