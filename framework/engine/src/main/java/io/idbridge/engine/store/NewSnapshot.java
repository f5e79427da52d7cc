package io.idbridge.engine.store;

import java.time.Instant;
import java.util.List;

public record NewSnapshot(Instant takenAt, SnapshotStatus status, String reason, List<StoredPerson> persons,
                          List<BlockedRecord> blocked, String diffJson) {
    public NewSnapshot {
        persons = List.copyOf(persons);
        blocked = List.copyOf(blocked);
    }
}
