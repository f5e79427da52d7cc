package io.idbridge.engine.snapshot;

import io.idbridge.engine.store.BlockedRecord;
import java.util.List;

/**
 * The outcome of one import.
 *
 * @param accepted false when a threshold or a failed read blocked the import (the previous snapshot stays in force)
 * @param reason why it was blocked; null when accepted
 * @param carriedOver persons kept from the previous snapshot because their new record was blocked or removals were
 *     deferred
 */
public record ImportResult(long snapshotId, boolean accepted, String reason, int personCount, SnapshotDiff diff,
                           List<BlockedRecord> blocked, List<String> carriedOver) {
    public ImportResult {
        blocked = List.copyOf(blocked);
        carriedOver = List.copyOf(carriedOver);
    }
}
