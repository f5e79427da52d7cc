package io.idbridge.engine.store;

/**
 * An action to journal.
 *
 * @param sequence the position in the run's plan (dependency order)
 * @param actionType e.g. CREATE, ENABLE, UPDATE, DISABLE, DELETE, GRANT, REVOKE, CREATE_RESOURCE
 * @param payloadJson everything needed to run the action again, as JSON
 * @param dependsOn the sequence of the action this one waits for in the same run; null when none
 */
public record NewAction(long runId, int sequence, String target, String personId, String actionType,
                        String payloadJson, Integer dependsOn, ActionStatus status) {
}
