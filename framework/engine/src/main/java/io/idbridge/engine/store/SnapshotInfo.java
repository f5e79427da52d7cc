package io.idbridge.engine.store;

import java.time.Instant;

/**
 * A stored snapshot.
 *
 * @param status ACCEPTED or BLOCKED
 * @param reason why it was blocked; null when accepted
 * @param diffJson the difference from the previous accepted snapshot, as JSON written by the engine
 * @param countsJson per source the records read of each kind, as JSON written by the engine; null for snapshots
 *     stored before the engine kept counts
 */
public record SnapshotInfo(long id, Instant takenAt, SnapshotStatus status, String reason, int personCount,
                           int blockedCount, String diffJson, String countsJson) {
}
