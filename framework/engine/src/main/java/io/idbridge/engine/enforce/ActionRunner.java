package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.SecretFields;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.GrantedPermission;
import io.idbridge.engine.store.NewAuditEntry;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateTransaction;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.model.AuditMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs journaled actions: marks each running before it touches the target, retries retryable errors (by error type),
 * bounds each attempt by the target's action timeout, and stores the outcome, the state it produced and its audit
 * entry in one transaction. Both journal writes go through a {@link JournalWriter}, which commits the writes of
 * actions running in parallel together.
 */
final class ActionRunner {
    private final Map<String, ActionExecutor> executors;
    private final Map<String, Duration> timeouts;
    private final Map<String, Integer> inFlight;
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Per target, the calls that may be under way at once: the target's in-flight pacing. */
    private final Map<String, Semaphore> targetCalls = new ConcurrentHashMap<>();
    private final StateStore store;
    private final Clock clock;
    private final Retrier retrier;
    private final EnforcementListener listener;
    private final ExecutorService attempts = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "idbridge-attempt");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param timeouts per target, how long one attempt of an action may take
     * @param inFlight per target, how many actions may run at once
     */
    ActionRunner(Map<String, ActionExecutor> executors, Map<String, Duration> timeouts, Map<String, Integer> inFlight,
                 StateStore store, Clock clock, Retrier retrier, EnforcementListener listener) {
        this.executors = Map.copyOf(executors);
        this.timeouts = Map.copyOf(timeouts);
        this.inFlight = Map.copyOf(inFlight);
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.retrier = requireNonNull(retrier, "retrier is null");
        this.listener = requireNonNull(listener, "listener is null");
    }

    void run(List<ActionRecord> actions, Set<Integer> settled, ProgressListener progress) {
        long runnable = actions.stream().filter(action -> action.status() == ActionStatus.PLANNED
                || action.status() == ActionStatus.RUNNING).count();
        if (runnable == 0) {
            return;
        }
        progress.start("Enforcing", runnable);
        // resources first: grants of this run may need them
        List<ActionRecord> resources = actions.stream().filter(action -> action.personId() == null).toList();
        List<ActionRecord> rest = actions.stream().filter(action -> action.personId() != null).toList();
        executors.values().forEach(ActionExecutor::forgetCommittedAccounts);
        try (JournalWriter journal = new JournalWriter(store)) {
            ActionScheduler scheduler = new ActionScheduler(inFlight, action -> {
                boolean succeeded = runOne(action, journal);
                progress.advance(1);
                return succeeded;
            }, action -> {
                skip(action, journal);
                progress.advance(1);
            }, stopping::get);
            scheduler.runAll(resources, settled);
            scheduler.runAll(rest, settled);
        }
        progress.finish();
    }

    /** No further action starts; those under way finish and are journaled, the rest stay pending. */
    void stop() {
        stopping.set(true);
    }

    private boolean runOne(ActionRecord action, JournalWriter journal) {
        boolean outcomeUnknown = action.status() == ActionStatus.RUNNING;
        int attempt = action.attempts() + 1;
        journal.write(transaction -> {
            transaction.updateAction(action.id(), ActionStatus.RUNNING, attempt, null, null, clock.instant());
            return null;
        });
        ActionExecutor executor = executors.get(action.target());
        AtomicInteger tries = new AtomicInteger();
        try {
            if (executor == null) {
                throw new ActionFailedException("target " + action.target() + " is no longer configured");
            }
            Map<String, Object> payload = Json.readMap(action.payloadJson());
            ActionOutcome outcome = callingTarget(action.target(), () -> retrier.call(() ->
                    attempt(executor, action, payload, outcomeUnknown || tries.getAndIncrement() > 0)));
            ActionRecord succeeded = journal.write(transaction ->
                    commit(transaction, action, payload, outcome, attempt + tries.get() - 1));
            if (outcome.account() != null) {
                executor.committed(outcome.account());
            }
            listener.succeeded(succeeded);
            return true;
        } catch (ConnectorException | ActionFailedException | ExpressionException failure) {
            fail(action, attempt + Math.max(0, tries.get() - 1), failure, journal);
            return false;
        } catch (RuntimeException bug) {
            fail(action, attempt, new ActionFailedException("internal error: " + bug), journal);
            throw bug;
        }
    }

    /** Runs {@code call} holding one of the target's in-flight permits; the journal writes around it hold none. */
    private <T> T callingTarget(String target, Supplier<T> call) {
        Semaphore permits = targetCalls.computeIfAbsent(target,
                name -> new Semaphore(Math.max(1, inFlight.getOrDefault(name, 1))));
        permits.acquireUninterruptibly();
        try {
            return call.get();
        } finally {
            permits.release();
        }
    }

    private ActionOutcome attempt(ActionExecutor executor, ActionRecord action, Map<String, Object> payload,
                                  boolean outcomeUnknown) {
        Duration timeout = timeouts.getOrDefault(action.target(), Duration.ofSeconds(30));
        CompletableFuture<ActionOutcome> future = CompletableFuture.supplyAsync(
                () -> executor.execute(action, payload, outcomeUnknown), attempts);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException timedOut) {
            future.cancel(true);
            throw new ConnectorException(StandardErrorCode.TIMEOUT, action.actionType().toLowerCase(Locale.ROOT)
                    + " timed out after " + timeout.toSeconds() + " s", timedOut);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ConnectorException(StandardErrorCode.TIMEOUT, "interrupted", interrupted);
        }
    }

    /** Stores a succeeded action's outcome; returns the action as it is now in the journal. */
    private ActionRecord commit(StateTransaction transaction, ActionRecord action, Map<String, Object> payload,
                                ActionOutcome outcome, int attemptCount) {
        Instant at = clock.instant();
        String result = Json.write(outcome.result());
        transaction.updateAction(action.id(), ActionStatus.SUCCEEDED, attemptCount, result, null, at);
        if (outcome.account() != null) {
            transaction.putAccount(outcome.account());
        }
        if (outcome.granted() != null) {
            transaction.grantPermission(outcome.granted());
        }
        if (outcome.revoked() != null) {
            GrantedPermission revoked = outcome.revoked();
            transaction.revokePermission(revoked.target(), revoked.personId(), revoked.type(), revoked.permissionId());
        }
        if (outcome.accountDeleted()) {
            for (GrantedPermission held : store.permissions(action.target(), action.personId())) {
                transaction.revokePermission(held.target(), held.personId(), held.type(), held.permissionId());
            }
            transaction.releaseReservations(action.target(), action.personId());
        }
        transaction.appendAudit(new NewAuditEntry(at, action.runId(), action.personId(), action.target(),
                action.actionType(), changes(payload), outcome.outcome().name(), messages(outcome.audit())));
        return action.updated(ActionStatus.SUCCEEDED, attemptCount, result, null, at);
    }

    private void fail(ActionRecord action, int attemptCount, RuntimeException failure, JournalWriter journal) {
        String error = describe(failure);
        ActionRecord failed = journal.write(transaction -> {
            Instant at = clock.instant();
            transaction.updateAction(action.id(), ActionStatus.FAILED, attemptCount, null, error, at);
            transaction.appendAudit(new NewAuditEntry(at, action.runId(), action.personId(),
                    action.target(), action.actionType(), changes(Json.readMap(action.payloadJson())), "FAILED",
                    error));
            return action.updated(ActionStatus.FAILED, attemptCount, null, error, at);
        });
        listener.failed(failed);
    }

    private void skip(ActionRecord action, JournalWriter journal) {
        journal.write(transaction -> {
            transaction.updateAction(action.id(), ActionStatus.SKIPPED, action.attempts(), null,
                    "an action it depends on (" + action.dependsOn() + ") did not succeed", clock.instant());
            return null;
        });
    }

    private static String describe(RuntimeException failure) {
        if (failure instanceof ConnectorException connectorFailure) {
            return connectorFailure.errorType() + " (" + connectorFailure.errorCode().name() + "): "
                    + connectorFailure.getMessage();
        }
        return failure.getMessage();
    }

    /** Changed fields old → new for updates, the sent data for creates; secret-looking fields masked. */
    @SuppressWarnings("unchecked")
    private static String changes(Map<String, Object> payload) {
        Object changes = payload.containsKey("changes") ? payload.get("changes") : payload.get("data");
        if (changes == null) {
            changes = payload.get("permission");
        }
        if (!(changes instanceof Map<?, ?> map) || map.isEmpty()) {
            return null;
        }
        return Json.write(SecretFields.mask((Map<String, Object>) map));
    }

    private static String messages(List<AuditMessage> audit) {
        return String.join("; ", audit.stream().map(AuditMessage::message).toList());
    }
}
