package io.idbridge.engine.store;

import java.time.Instant;

/** One engine run (import, preview, enforce, sync). {@code finishedAt} and {@code summaryJson} are null while running. */
public record RunRecord(long id, String kind, Instant startedAt, Instant finishedAt, RunStatus status,
                        String summaryJson) {
}
