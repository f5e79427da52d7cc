package io.idbridge.engine.store;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot to store.
 *
 * @param countsJson per source the records read of each kind, as JSON written by the engine; null when unknown
 */
public record NewSnapshot(Instant takenAt, SnapshotStatus status, String reason, List<StoredPerson> persons,
                          List<BlockedRecord> blocked, String diffJson,
                          String countsJson) {
    public NewSnapshot {
        persons = List.copyOf(persons);
        blocked = List.copyOf(blocked);
    }
}
