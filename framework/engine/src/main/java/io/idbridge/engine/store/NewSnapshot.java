package io.idbridge.engine.store;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot to store, as its changes against the snapshot in force (the newest accepted one): the persons it does
 * not name stay as they are. A blocked snapshot changes nobody.
 *
 * @param basis the id of the snapshot in force the changes were made against; null when there is none. Storing
 *     fails when another snapshot was accepted since, rather than applying the changes to the wrong persons.
 * @param changed persons new or changed since the snapshot in force
 * @param removed the external ids of persons in force who are not in this snapshot
 * @param countsJson per source the records read of each kind, as JSON written by the engine; null when unknown
 */
public record NewSnapshot(Instant takenAt, SnapshotStatus status, String reason, Long basis,
                          List<StoredPerson> changed, List<String> removed, List<BlockedRecord> blocked,
                          String diffJson, String countsJson) {
    public NewSnapshot {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        blocked = List.copyOf(blocked);
        if (status == SnapshotStatus.BLOCKED && !(changed.isEmpty() && removed.isEmpty())) {
            throw new IllegalArgumentException("a blocked snapshot changes no person");
        }
    }
}
