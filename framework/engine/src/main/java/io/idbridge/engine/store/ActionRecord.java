package io.idbridge.engine.store;

import java.time.Instant;

/** A journaled action with its latest state. */
public record ActionRecord(long id, long runId, int sequence, String target, String personId, String actionType,
                           String payloadJson, Integer dependsOn, ActionStatus status, int attempts, String resultJson,
                           String error, Instant updatedAt) {
}
