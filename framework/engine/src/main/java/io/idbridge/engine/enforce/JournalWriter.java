package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Group commit for the journal. Actions running in parallel hand their journal writes (the running mark before they
 * touch a target, the outcome with its state and audit entry after) to {@link #write}, and one thread commits every
 * write waiting at that moment in one transaction: a run of many parallel actions pays one commit, one fsync, per
 * batch instead of two per action. A caller returns only when its own write is durable, so what a crash can lose is
 * exactly what it could lose with a transaction per write. A batch that fails is retried write by write, so one bad
 * write fails its own caller only.
 */
final class JournalWriter implements AutoCloseable {
    /** Enough to cover every action in flight; a batch this large commits in a few milliseconds. */
    private static final int MAX_BATCH = 256;

    private final StateStore store;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread committer;

    /** Starts the committing thread; {@link #close()} stops it. */
    JournalWriter(StateStore store) {
        this.store = requireNonNull(store, "store is null");
        this.committer = new Thread(this::commitUntilClosed, "idbridge-journal");
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Runs {@code work} in a transaction shared with the other writes waiting now, and returns its result once that
     * transaction has committed.
     *
     * @throws RuntimeException what {@code work} or the commit threw, unchanged
     */
    <T> T write(Function<StateTransaction, T> work) {
        Pending<T> pending = new Pending<>(requireNonNull(work, "work is null"));
        queue.add(pending);
        try {
            return pending.result.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Commits what was handed in before, then stops the thread; writes handed in afterwards are refused. */
    @Override
    public void close() {
        queue.add(Pending.END);
        try {
            committer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void commitUntilClosed() {
        List<Pending<?>> batch = new ArrayList<>();
        boolean open = true;
        while (open) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                batch.add(Pending.END);
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            open = !batch.remove(Pending.END);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
        }
        queue.forEach(late -> late.result.completeExceptionally(
                new IllegalStateException("the journal writer is closed")));
    }

    private void commit(List<Pending<?>> batch) {
        try {
            List<Object> results = store.inTransaction(transaction -> {
                List<Object> each = new ArrayList<>(batch.size());
                batch.forEach(pending -> each.add(pending.work.apply(transaction)));
                return each;
            });
            for (int index = 0; index < batch.size(); index++) {
                batch.get(index).succeed(results.get(index));
            }
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).result.completeExceptionally(failed);
                return;
            }
            // the batch rolled back as a whole: give every write its own transaction to find the one that fails
            for (Pending<?> pending : batch) {
                try {
                    pending.succeed(store.inTransaction(pending.work));
                } catch (RuntimeException alone) {
                    pending.result.completeExceptionally(alone);
                }
            }
        }
    }

    private static final class Pending<T> {
        static final Pending<Void> END = new Pending<>(transaction -> null);

        final Function<StateTransaction, T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Pending(Function<StateTransaction, T> work) {
            this.work = work;
        }

        @SuppressWarnings("unchecked")
        void succeed(Object value) {
            result.complete((T) value);
        }
    }
}
