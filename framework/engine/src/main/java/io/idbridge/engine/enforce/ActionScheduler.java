package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

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
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the actions of a run in dependency order: an action starts when the one it depends on has succeeded, actions of
 * different persons run in parallel, and at most the configured number run at once per target. When an action does
 * not succeed, everything that depends on it is skipped.
 */
final class ActionScheduler {
    private final Map<String, Semaphore> inFlightByTarget;
    private final Predicate<ActionRecord> runner;
    private final Function<ActionRecord, Void> skipper;

    /**
     * @param inFlight per target, the actions that may run at once
     * @param runner runs one action, returning whether it succeeded (never throws)
     * @param skipper marks one action skipped because an action it depends on did not succeed
     */
    ActionScheduler(Map<String, Integer> inFlight, Predicate<ActionRecord> runner, Function<ActionRecord, Void> skipper) {
        this.inFlightByTarget = new HashMap<>();
        inFlight.forEach((target, limit) -> inFlightByTarget.put(target, new Semaphore(Math.max(1, limit))));
        this.runner = requireNonNull(runner, "runner is null");
        this.skipper = requireNonNull(skipper, "skipper is null");
    }

    /**
     * Runs every runnable action of {@code actions} (those PLANNED or RUNNING) and waits for all of them.
     *
     * @param settled the sequences of actions of the same run that already succeeded (dependencies met)
     */
    void runAll(List<ActionRecord> actions, Set<Integer> settled) {
        Map<Integer, List<ActionRecord>> children = new HashMap<>();
        List<ActionRecord> roots = new ArrayList<>();
        Map<Integer, ActionRecord> bySequence = new HashMap<>();
        actions.forEach(action -> bySequence.put(action.sequence(), action));
        Set<Integer> skipped = new HashSet<>();
        for (ActionRecord action : actions) {
            if (!runnable(action)) {
                continue;
            }
            Integer dependency = action.dependsOn();
            if (dependency == null || settled.contains(dependency)) {
                roots.add(action);
            } else if (bySequence.containsKey(dependency) && runnable(bySequence.get(dependency))
                    && !skipped.contains(dependency)) {
                children.computeIfAbsent(dependency, key -> new ArrayList<>()).add(action);
            } else {
                // actions come in sequence order, so a dependency is always decided before its dependents
                skipper.apply(action);
                skipped.add(action.sequence());
            }
        }
        int threads = Math.max(1, inFlightByTarget.values().stream().mapToInt(Semaphore::availablePermits).sum());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "idbridge-action");
            thread.setDaemon(true);
            return thread;
        });
        Phaser pending = new Phaser(1);
        try {
            roots.forEach(root -> submit(pool, pending, root, children));
            pending.arriveAndAwaitAdvance();
        } finally {
            pool.shutdownNow();
        }
    }

    private void submit(ExecutorService pool, Phaser pending, ActionRecord action,
                        Map<Integer, List<ActionRecord>> children) {
        pending.register();
        pool.execute(() -> {
            try {
                boolean succeeded = runLimited(action);
                List<ActionRecord> next;
                synchronized (children) {
                    next = children.getOrDefault(action.sequence(), List.of());
                }
                for (ActionRecord child : next) {
                    if (succeeded) {
                        submit(pool, pending, child, children);
                    } else {
                        skipWithDescendants(child, children);
                    }
                }
            } finally {
                pending.arriveAndDeregister();
            }
        });
    }

    private boolean runLimited(ActionRecord action) {
        Semaphore limit = inFlightByTarget.computeIfAbsent(action.target(), target -> new Semaphore(1));
        limit.acquireUninterruptibly();
        try {
            return runner.test(action);
        } finally {
            limit.release();
        }
    }

    private void skipWithDescendants(ActionRecord action, Map<Integer, List<ActionRecord>> children) {
        skipper.apply(action);
        List<ActionRecord> next;
        synchronized (children) {
            next = children.getOrDefault(action.sequence(), List.of());
        }
        next.forEach(child -> skipWithDescendants(child, children));
    }

    private static boolean runnable(ActionRecord action) {
        return action.status() == ActionStatus.PLANNED || action.status() == ActionStatus.RUNNING;
    }
}
