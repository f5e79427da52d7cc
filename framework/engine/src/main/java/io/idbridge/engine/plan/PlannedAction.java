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
        payload = compact(payload);
        requireNonNull(reason, "reason is null");
    }

    /**
     * A read-only copy in the payload's order. Most payloads hold one entry (a grant's permission): those take the
     * compact single-entry map, as a plan holds every action until it is enforced (half a million grants in a first
     * sync of 300,000 persons).
     */
    private static Map<String, Object> compact(Map<String, Object> payload) {
        if (payload.size() == 1) {
            Map.Entry<String, Object> entry = payload.entrySet().iterator().next();
            if (entry.getKey() != null && entry.getValue() != null) {
                return Map.of(entry.getKey(), entry.getValue());
            }
        }
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payload));
    }
}
