package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.plan.PlannedAction;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.NewAction;
import io.idbridge.engine.store.NewAuditEntry;
import io.idbridge.engine.store.RunRecord;
import io.idbridge.engine.store.RunStatus;
import io.idbridge.engine.store.StateStore;
import io.idbridge.spi.target.TargetConnector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Carries out plans safely. Every action is journaled before it runs and its outcome after, in the same transaction
 * as the account state it produced, so that a run killed at any moment is finished exactly once by {@link #resume}.
 * Thresholds hold whole action types for approval while the rest runs.
 */
public final class Enforcer {
    private final EngineConfig config;
    private final Map<String, TargetConnector> connectors;
    private final StateStore store;
    private final Clock clock;
    private final ActionRunner runner;
    private final EnforcementListener listener;

    public Enforcer(EngineConfig config, Map<String, TargetConnector> connectors, StateStore store, Clock clock,
                    Retrier retrier, EnforcementListener listener) {
        this.config = requireNonNull(config, "config is null");
        this.connectors = Map.copyOf(connectors);
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.listener = requireNonNull(listener, "listener is null");
        Map<String, ActionExecutor> executors = new HashMap<>();
        Map<String, java.time.Duration> timeouts = new HashMap<>();
        Map<String, Integer> inFlight = new HashMap<>();
        for (TargetSettings target : config.targets()) {
            TargetConnector connector = connectors.get(target.name());
            if (connector != null) {
                executors.put(target.name(), new ActionExecutor(target.name(), connector, store, clock));
                timeouts.put(target.name(), target.pacing().actionTimeout());
                inFlight.put(target.name(), target.pacing().inFlight());
            }
        }
        this.runner = new ActionRunner(executors, timeouts, inFlight, store, clock, retrier, listener);
    }

    /**
     * Asks the running enforcement to stop (a daemon's SIGTERM): actions under way finish and are journaled, the others
     * stay pending, so the run stays open and the next run finishes it. Irreversible for this enforcer.
     */
    public void stop() {
        runner.stop();
    }

    /** Journals the plan as a new run, holds what crosses a threshold, runs the rest and reports. */
    public RunReport enforce(String kind, Plan plan, ProgressListener progress) {
        Map<String, String> held = ThresholdCheck.held(config, plan, store);
        long runId = journal(kind, plan, held);
        held.forEach((key, reason) -> {
            String[] parts = key.split("/", 2);
            List<ActionRecord> actions = store.actions(new ActionQuery(runId, Set.of(ActionStatus.HELD), parts[0],
                    null, null)).stream().filter(action -> ActionType.valueOf(action.actionType()).configName()
                    .equals(parts[1])).toList();
            listener.held(parts[0], parts[1], actions, reason);
        });
        execute(runId, progress);
        markEvaluated(runId, plan);
        return finish(runId);
    }

    /**
     * Persons whose actions all succeeded (or who had none) now hold what the plan wanted: they need no evaluation
     * until their data, the configuration, their manager's accounts or a due date changes. A person with a failed,
     * held or skipped action is evaluated again next time.
     */
    private void markEvaluated(long runId, Plan plan) {
        Set<String> unsettled = store.actions(ActionQuery.ofRun(runId)).stream()
                .filter(action -> action.status() != ActionStatus.SUCCEEDED)
                .map(ActionRecord::personId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        store.inTransaction(transaction -> {
            plan.marks().forEach((personId, mark) -> {
                if (unsettled.contains(personId)) {
                    transaction.clearEvaluationMark(personId);
                } else {
                    transaction.putEvaluationMark(mark);
                }
            });
            return null;
        });
    }

    /**
     * Finishes the actions earlier runs left unfinished (the engine was killed or crashed). An action that was running
     * has an unknown outcome: a create is correlated before it is tried again; the other actions are idempotent.
     *
     * @return the reports of the runs it finished; empty when nothing was left
     */
    public List<RunReport> resume(ProgressListener progress) {
        Set<Long> runs = store.actions(ActionQuery.withStatus(Set.of(ActionStatus.PLANNED, ActionStatus.RUNNING)))
                .stream().map(ActionRecord::runId).collect(Collectors.toCollection(java.util.TreeSet::new));
        List<RunReport> reports = new ArrayList<>();
        for (long runId : runs) {
            execute(runId, progress);
            reports.add(finish(runId));
        }
        return reports;
    }

    /** Runs the held actions the query selects, exactly those, and reports each affected run. */
    /**
     * @param actionIds when not empty, only these held actions (one by one); otherwise all the query selects (bulk)
     */
    public List<RunReport> approve(ActionQuery query, Set<Long> actionIds, String approvedBy,
                                   ProgressListener progress) {
        List<ActionRecord> selected = held(query, actionIds);
        store.inTransaction(transaction -> {
            for (ActionRecord action : selected) {
                transaction.updateAction(action.id(), ActionStatus.PLANNED, action.attempts(), null, null,
                        clock.instant());
                transaction.appendAudit(new NewAuditEntry(clock.instant(), action.runId(), action.personId(),
                        action.target(), action.actionType(), null, "APPROVED", "approved by " + approvedBy));
            }
            return null;
        });
        List<RunReport> reports = new ArrayList<>();
        for (long runId : selected.stream().map(ActionRecord::runId).collect(Collectors.toCollection(
                java.util.TreeSet::new))) {
            Set<Long> ids = selected.stream().map(ActionRecord::id).collect(Collectors.toSet());
            List<ActionRecord> approved = store.actions(ActionQuery.ofRun(runId)).stream()
                    .filter(action -> ids.contains(action.id())).toList();
            runner.run(approved, settled(runId), progress);
            reports.add(finish(runId));
        }
        return reports;
    }

    /** Rejects the held actions the query selects; they will not run (a later plan proposes them again if needed). */
    public int reject(ActionQuery query, Set<Long> actionIds, String rejectedBy) {
        List<ActionRecord> selected = held(query, actionIds);
        store.inTransaction(transaction -> {
            for (ActionRecord action : selected) {
                transaction.updateAction(action.id(), ActionStatus.REJECTED, action.attempts(), null,
                        "rejected by " + rejectedBy, clock.instant());
                transaction.appendAudit(new NewAuditEntry(clock.instant(), action.runId(), action.personId(),
                        action.target(), action.actionType(), null, "REJECTED", "rejected by " + rejectedBy));
            }
            return null;
        });
        selected.stream().map(ActionRecord::runId).distinct().forEach(this::finish);
        return selected.size();
    }

    private List<ActionRecord> held(ActionQuery query, Set<Long> actionIds) {
        return store.actions(new ActionQuery(query.runId(), Set.of(ActionStatus.HELD), query.target(),
                query.actionType(), query.personId())).stream()
                .filter(action -> actionIds.isEmpty() || actionIds.contains(action.id())).toList();
    }

    private long journal(String kind, Plan plan, Map<String, String> held) {
        List<ActionRecord> earlierHeld = store.actions(ActionQuery.withStatus(Set.of(ActionStatus.HELD)));
        return store.inTransaction(transaction -> {
            long runId = transaction.startRun(kind, clock.instant());
            // a new plan replaces what earlier runs held: still needed, it is planned (and held) again
            for (ActionRecord old : earlierHeld) {
                transaction.updateAction(old.id(), ActionStatus.SKIPPED, old.attempts(), null,
                        "superseded by run " + runId, clock.instant());
                transaction.clearEvaluationMark(old.personId() == null ? "" : old.personId());
            }
            Set<Integer> waiting = new HashSet<>();
            for (PlannedAction action : plan.actions()) {
                ActionStatus status = ActionStatus.PLANNED;
                String note = null;
                if (held.containsKey(ThresholdCheck.key(action))) {
                    status = ActionStatus.HELD;
                    note = held.get(ThresholdCheck.key(action));
                } else if (action.dependsOn() != null && waiting.contains(action.dependsOn())) {
                    status = ActionStatus.SKIPPED;
                    note = "waits for held action " + action.dependsOn();
                }
                if (status != ActionStatus.PLANNED) {
                    waiting.add(action.sequence());
                }
                Map<String, Object> payload = new LinkedHashMap<>(action.payload());
                payload.put("reason", action.reason());
                long id = transaction.insertAction(new NewAction(runId, action.sequence(), action.target(),
                        action.personId(), action.type().name(), Json.write(payload), action.dependsOn(), status));
                if (note != null) {
                    transaction.updateAction(id, status, 0, null, note, clock.instant());
                }
                reserveUniqueValues(transaction, action);
            }
            return runId;
        });
    }

    @SuppressWarnings("unchecked")
    private static void reserveUniqueValues(io.idbridge.engine.store.StateTransaction transaction,
                                            PlannedAction action) {
        Map<String, Object> unique = (Map<String, Object>) action.payload().getOrDefault("unique", Map.of());
        unique.forEach((field, value) -> {
            if (!transaction.reserve(action.target(), field, value.toString(), action.personId())) {
                throw new IllegalStateException(field + " '" + value + "' was reserved for another person while "
                        + "planning; plan again");
            }
        });
    }

    private void execute(long runId, ProgressListener progress) {
        List<ActionRecord> actions = store.actions(ActionQuery.ofRun(runId));
        runner.run(actions, settled(runId), progress);
    }

    private Set<Integer> settled(long runId) {
        return store.actions(ActionQuery.ofRun(runId)).stream()
                .filter(action -> action.status() == ActionStatus.SUCCEEDED)
                .map(ActionRecord::sequence).collect(Collectors.toSet());
    }

    private RunReport finish(long runId) {
        RunReport interim = RunReport.of(store, runId);
        boolean open = !interim.pending().isEmpty();
        RunStatus status = open ? RunStatus.RUNNING
                : interim.failed().isEmpty() && interim.held().isEmpty() && interim.count(ActionStatus.SKIPPED) == 0
                ? RunStatus.SUCCEEDED : RunStatus.PARTIAL;
        RunRecord run = interim.run();
        if (!open) {
            store.inTransaction(transaction -> {
                transaction.finishRun(runId, status, clock.instant(), Json.write(summary(interim)));
                return null;
            });
        }
        RunReport report = RunReport.of(store, runId);
        if (!open && run.finishedAt() == null) {
            listener.finished(report);
        }
        return report;
    }

    private static Map<String, Object> summary(RunReport report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("counts", report.counts());
        summary.put("failed", report.failed().size());
        summary.put("held", report.held().size());
        return summary;
    }
}
