package io.idbridge.engine.store;

import java.time.Instant;

public record AuditEntry(long id, Instant at, Long runId, String personId, String target, String action,
                         String changesJson, String outcome, String message) {
}
