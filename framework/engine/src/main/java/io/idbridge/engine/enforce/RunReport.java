package io.idbridge.engine.enforce;

import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.RunRecord;
import io.idbridge.engine.store.StateStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run as the journal tells it: counts per target, action type and status, failed and held actions, duration.
 *
 * @param duration null while the run is still going
 */
public record RunReport(RunRecord run, Map<String, Map<String, Map<ActionStatus, Integer>>> counts,
                        List<ActionRecord> failed, List<ActionRecord> held, List<ActionRecord> pending,
                        Duration duration) {
    public RunReport {
        failed = List.copyOf(failed);
        held = List.copyOf(held);
        pending = List.copyOf(pending);
    }

    public static RunReport of(StateStore store, long runId) {
        RunRecord run = store.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        List<ActionRecord> actions = store.actions(ActionQuery.ofRun(runId));
        Map<String, Map<String, Map<ActionStatus, Integer>>> counts = new TreeMap<>();
        for (ActionRecord action : actions) {
            counts.computeIfAbsent(action.target(), target -> new TreeMap<>())
                    .computeIfAbsent(action.actionType(), type -> new TreeMap<>())
                    .merge(action.status(), 1, Integer::sum);
        }
        return new RunReport(run, counts,
                actions.stream().filter(action -> action.status() == ActionStatus.FAILED).toList(),
                actions.stream().filter(action -> action.status() == ActionStatus.HELD).toList(),
                actions.stream().filter(action -> action.status() == ActionStatus.PLANNED
                        || action.status() == ActionStatus.RUNNING).toList(),
                run.finishedAt() == null ? null : Duration.between(run.startedAt(), run.finishedAt()));
    }

    public int count(ActionStatus status) {
        return counts.values().stream().flatMap(byType -> byType.values().stream())
                .mapToInt(byStatus -> byStatus.getOrDefault(status, 0)).sum();
    }
}
