package io.idbridge.engine.store;

import java.time.Instant;

/** A journaled action with its latest state. */
public record ActionRecord(long id, long runId, int sequence, String target, String personId, String actionType,
                           String payloadJson, Integer dependsOn, ActionStatus status, int attempts, String resultJson,
                           String error, Instant updatedAt) {

    /** This action as {@code updateAction} with these values leaves it in the journal. */
    public ActionRecord updated(ActionStatus status, int attempts, String resultJson, String error, Instant at) {
        return new ActionRecord(id, runId, sequence, target, personId, actionType, payloadJson, dependsOn, status,
                attempts, resultJson, error, at);
    }
}
