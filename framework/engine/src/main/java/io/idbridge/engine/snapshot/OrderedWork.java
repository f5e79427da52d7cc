package io.idbridge.engine.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Independent work on a sequence's items, spread over worker threads, with the results handed on in the sequence's
 * order. Items are added, and results handed to the consumer, on the one thread that owns this object, so neither
 * the producer (a connector's stream, read where it was opened) nor the consumer needs to be thread-safe; only the
 * work must be. Items go out in batches, because a hand-over per item would cost about what mapping one person
 * does, and at most two batches per worker wait, which bounds what is held. With one worker it all runs on the
 * owning thread.
 */
final class OrderedWork<T, R> implements AutoCloseable {
    private static final int BATCH = 256;

    private final Function<T, R> work;
    private final Consumer<R> results;
    private final ExecutorService workers;
    private final int maxWaiting;
    private final ArrayDeque<Future<List<R>>> waiting = new ArrayDeque<>();
    private List<T> batch = new ArrayList<>(BATCH);

    /** @param threads how many threads work besides the owning one, which reads and hands on; at most 1: none */
    OrderedWork(int threads, String threadName, Function<T, R> work, Consumer<R> results) {
        this.work = work;
        this.results = results;
        this.maxWaiting = 2 * threads;
        this.workers = threads <= 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The number of threads worth working for a CPU-bound task on this machine. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    void add(T item) {
        if (workers == null) {
            results.accept(work.apply(item));
            return;
        }
        batch.add(item);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Waits for the results of everything added and hands them on; a failure of the work is thrown here. */
    void finish() {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!waiting.isEmpty()) {
            handOn(waiting.poll());
        }
    }

    /** Abandons what is still waiting (after a failure) and stops the threads. */
    @Override
    public void close() {
        if (workers != null) {
            waiting.forEach(pending -> pending.cancel(true));
            workers.shutdownNow();
        }
    }

    private void submit() {
        List<T> items = batch;
        batch = new ArrayList<>(BATCH);
        waiting.add(workers.submit(() -> {
            List<R> done = new ArrayList<>(items.size());
            for (T item : items) {
                done.add(work.apply(item));
            }
            return done;
        }));
        while (waiting.size() > maxWaiting) {
            handOn(waiting.poll());
        }
    }

    private void handOn(Future<List<R>> pending) {
        List<R> done;
        try {
            done = pending.get();
        } catch (ExecutionException failed) {
            // the work's own failure, as if it had run on this thread
            if (failed.getCause() instanceof RuntimeException error) {
                throw error;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work on other threads", interrupted);
        }
        done.forEach(results);
    }
}
