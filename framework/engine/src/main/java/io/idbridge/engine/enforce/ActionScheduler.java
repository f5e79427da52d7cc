package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.model.Json;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs the actions of a run in dependency order: an action starts when the one it depends on has succeeded
 * ({@code dependsOn}) and the one it waits for has finished either way ({@code waitsFor} in its payload: a manager's
 * create, so that the report's create can name the manager). Actions of different persons run in parallel on
 * {@value #THREADS_PER_TARGET_CALL} threads per permitted target call: the runner limits the calls to each target
 * itself, so while some actions wait for their journal writes others keep the target busy. When an action does not
 * succeed, everything that depends on it is skipped.
 */
final class ActionScheduler {
    static final String WAITS_FOR = "waitsFor";
    /** Threads per target call allowed at once: one in the call, the others journaling before or after theirs. */
    static final int THREADS_PER_TARGET_CALL = 4;

    private final int threads;
    private final BooleanSupplier stopping;
    private final Predicate<ActionRecord> runner;
    private final Consumer<ActionRecord> skipper;

    /**
     * @param inFlight per target, the calls that may run at once (the runner enforces them)
     * @param runner runs one action, returning whether it succeeded (never throws)
     * @param skipper marks one action skipped because an action it depends on did not succeed
     * @param stopping true once no further action may start: those not started stay as they are in the journal
     *     (pending), for the next run to finish; the ones under way finish
     */
    ActionScheduler(Map<String, Integer> inFlight, Predicate<ActionRecord> runner, Consumer<ActionRecord> skipper,
                    BooleanSupplier stopping) {
        this.stopping = requireNonNull(stopping, "stopping is null");
        this.threads = THREADS_PER_TARGET_CALL * Math.max(1,
                inFlight.values().stream().mapToInt(limit -> Math.max(1, limit)).sum());
        this.runner = requireNonNull(runner, "runner is null");
        this.skipper = requireNonNull(skipper, "skipper is null");
    }

    /**
     * Runs every runnable action of {@code actions} (those PLANNED or RUNNING) and waits for all of them.
     *
     * @param settled the sequences of actions of the same run that already succeeded (dependencies met)
     */
    void runAll(List<ActionRecord> actions, Set<Integer> settled) {
        Graph graph = new Graph(actions, settled);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "idbridge-action");
            thread.setDaemon(true);
            return thread;
        });
        Phaser pending = new Phaser(1);
        try {
            graph.roots().forEach(root -> submit(pool, pending, root, graph));
            pending.arriveAndAwaitAdvance();
        } finally {
            pool.shutdownNow();
        }
    }

    private void submit(ExecutorService pool, Phaser pending, ActionRecord action, Graph graph) {
        pending.register();
        pool.execute(() -> {
            try {
                if (stopping.getAsBoolean()) {
                    return;
                }
                boolean succeeded = runner.test(action);
                graph.finished(action, succeeded).forEach(next -> submit(pool, pending, next, graph));
            } finally {
                pending.arriveAndDeregister();
            }
        });
    }

    /** Who waits for whom; thread-safe once built. */
    private final class Graph {
        private final Map<Integer, List<ActionRecord>> dependents = new HashMap<>();
        private final Map<Integer, List<ActionRecord>> waiters = new HashMap<>();
        private final Map<Integer, Integer> open = new HashMap<>();
        private final List<ActionRecord> roots = new ArrayList<>();
        private final Map<Integer, Integer> waitsFor = new HashMap<>();

        Graph(List<ActionRecord> actions, Set<Integer> settled) {
            Map<Integer, ActionRecord> runnable = new HashMap<>();
            Set<Integer> skipped = new HashSet<>();
            // actions come in sequence order and a dependency always has a lower sequence, so it is decided first
            for (ActionRecord action : actions) {
                if (!isRunnable(action)) {
                    continue;
                }
                Integer dependency = action.dependsOn();
                boolean met = dependency == null || settled.contains(dependency);
                if (!met && (!runnable.containsKey(dependency) || skipped.contains(dependency))) {
                    skipper.accept(action);
                    skipped.add(action.sequence());
                    continue;
                }
                runnable.put(action.sequence(), action);
                // most actions wait for no one: read the payload only when it may say so
                Object wanted = action.payloadJson().contains(WAITS_FOR)
                        ? Json.readMap(action.payloadJson()).get(WAITS_FOR) : null;
                if (wanted instanceof Number number) {
                    waitsFor.put(action.sequence(), number.intValue());
                }
                int count = 0;
                if (!met) {
                    dependents.computeIfAbsent(dependency, key -> new ArrayList<>()).add(action);
                    count++;
                }
                open.put(action.sequence(), count);
            }
            for (ActionRecord action : runnable.values()) {
                Integer awaited = waitsFor.get(action.sequence());
                if (awaited != null && runnable.containsKey(awaited) && !createsCycle(action, awaited, runnable)) {
                    waiters.computeIfAbsent(awaited, key -> new ArrayList<>()).add(action);
                    open.merge(action.sequence(), 1, Integer::sum);
                }
            }
            actions.stream().filter(action -> open.getOrDefault(action.sequence(), -1) == 0).forEach(roots::add);
        }

        List<ActionRecord> roots() {
            return roots;
        }

        /** Records that an action finished; returns the actions that may start now. */
        synchronized List<ActionRecord> finished(ActionRecord action, boolean succeeded) {
            List<ActionRecord> ready = new ArrayList<>();
            for (ActionRecord dependent : dependents.getOrDefault(action.sequence(), List.of())) {
                if (succeeded) {
                    release(dependent, ready);
                } else {
                    skip(dependent, ready);
                }
            }
            waiters.getOrDefault(action.sequence(), List.of()).forEach(waiter -> release(waiter, ready));
            return ready;
        }

        private void release(ActionRecord action, List<ActionRecord> ready) {
            if (open.merge(action.sequence(), -1, Integer::sum) == 0) {
                ready.add(action);
            }
        }

        private void skip(ActionRecord action, List<ActionRecord> ready) {
            open.put(action.sequence(), Integer.MIN_VALUE);
            skipper.accept(action);
            dependents.getOrDefault(action.sequence(), List.of()).forEach(next -> skip(next, ready));
            // whoever only waited for this action's person may go on without it
            waiters.getOrDefault(action.sequence(), List.of()).forEach(next -> release(next, ready));
        }

        private boolean createsCycle(ActionRecord action, int awaited, Map<Integer, ActionRecord> runnable) {
            Set<Integer> seen = new HashSet<>();
            Integer current = awaited;
            while (current != null && seen.add(current)) {
                if (current == action.sequence()) {
                    return true;
                }
                current = runnable.containsKey(current) ? waitsFor.get(current) : null;
            }
            return false;
        }
    }

    private static boolean isRunnable(ActionRecord action) {
        return action.status() == ActionStatus.PLANNED || action.status() == ActionStatus.RUNNING;
    }
}
