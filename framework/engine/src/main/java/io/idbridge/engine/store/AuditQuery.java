package io.idbridge.engine.store;

import java.time.Instant;

/** Filters for the audit log; a null field does not filter. {@code limit} 0 means no limit. */
public record AuditQuery(String personId, String target, Instant since, Long runId, int limit) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 0);
    }
}
