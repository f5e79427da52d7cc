package io.idbridge.bench;

import io.idbridge.engine.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/** A progress listener that times the engine's tasks ("Reading hr", "Evaluating persons", ...): the phase breakdown. */
final class TimingProgress implements ProgressListener {
    private final List<Phase> phases = new ArrayList<>();
    private String task;
    private long started;
    private long steps;

    @Override
    public synchronized void start(String newTask, long total) {
        task = newTask;
        started = System.nanoTime();
        steps = 0;
    }

    @Override
    public synchronized void advance(long count) {
        steps += count;
    }

    @Override
    public synchronized void finish() {
        if (task != null) {
            phases.add(new Phase(task, (System.nanoTime() - started) / 1_000_000, steps));
            task = null;
        }
    }

    /** The phases finished since the last call, then forgets them. */
    synchronized List<Phase> drain() {
        List<Phase> drained = List.copyOf(phases);
        phases.clear();
        return drained;
    }

    /** One finished task. */
    record Phase(String task, long millis, long steps) {
        @Override
        public String toString() {
            return task + " " + millis + " ms (" + steps + ")";
        }
    }
}
