package io.idbridge.engine.snapshot;

import io.idbridge.spi.source.RecordKind;
import java.util.Map;
import java.util.Optional;

/**
 * An import in which a whole kind of record (persons, contracts, departments) drops to none while the snapshot in
 * force has some is an empty read: a missing or cut export, never everyone leaving. It blocks the import whatever
 * the thresholds say, for every source connector alike.
 */
final class EmptyReads {
    private EmptyReads() {
    }

    /**
     * @param origins where each kind was read from, as the connector words it (a file, a GetConnector)
     * @return why the import is blocked, or empty when no kind dropped to none
     */
    static Optional<String> check(String source, SourceCounts before, SourceCounts now,
                                  Map<RecordKind, String> origins) {
        for (RecordKind kind : RecordKind.values()) {
            if (before.of(kind) == 0 || now.of(kind) > 0) {
                continue;
            }
            String from = origins.containsKey(kind) ? " from " + origins.get(kind) : "";
            String read = "no " + SourceCounts.noun(kind) + from;
            if (kind == RecordKind.PERSONS && now.records() > 0) {
                read = "no persons that could be mapped" + from + " (" + now.records() + " records, all blocked)";
            }
            return Optional.of("source " + source + " read " + read + ", while the snapshot in force has "
                    + before.of(kind) + " " + SourceCounts.noun(kind) + " from it: an empty read is never taken as "
                    + "everyone leaving; import blocked, nothing changes in any target");
        }
        return Optional.empty();
    }
}
