package io.idbridge.engine.snapshot;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed between two snapshots.
 *
 * @param changed person id to the changed field paths (e.g. {@code fields.name.family}, {@code contracts[C1].endDate})
 */
public record SnapshotDiff(List<String> added, List<String> removed, Map<String, List<String>> changed) {
    public static final SnapshotDiff EMPTY = new SnapshotDiff(List.of(), List.of(), Map.of());

    public SnapshotDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = new TreeMap<>(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
