package io.idbridge.engine.store;

import java.time.Instant;

/**
 * One audit line.
 *
 * @param runId the run; null for actions outside a run (e.g. an approval)
 * @param changesJson changed fields old → new as JSON, secrets already masked; null when none
 * @param outcome e.g. SUCCEEDED, FAILED, HELD, APPROVED, REJECTED, CORRELATED
 */
public record NewAuditEntry(Instant at, Long runId, String personId, String target, String action, String changesJson,
                            String outcome, String message) {
}
