package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.PrimaryContractOrder;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.evaluate.PrimaryContractChooser;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.snapshot.ImportListener;
import io.idbridge.engine.snapshot.ImportResult;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.RunRecord;
import io.idbridge.engine.store.StateStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends e-mail about what the engine did: account created, account disabled, actions held by a threshold, failed
 * actions, a run summary and blocked imports, each to the recipients and with the template configured for it.
 *
 * <p>Events are collected in memory per run while enforcement goes on and handed to a background mail thread when
 * the run finishes (blocked imports right away), so enforcement never waits for the mail server and a failing one
 * never fails a run: delivery is tried {@link SmtpSettings#attempts()} times and then given up with a warning.
 * {@link #close()} hands over what is left (e.g. of runs finished by an approval) and waits a bounded time for
 * delivery. No method throws; problems are logged, without secrets.
 */
public final class Notifier implements EnforcementListener, ImportListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final int TYPICAL_BATCH = 10;

    private final NotificationSettings settings;
    private final StateStore store;
    private final Clock clock;
    private final PrimaryContractChooser chooser;
    private final MessageComposer composer;
    private final Outbox outbox;
    private final Map<Long, RunEvents> pending = new ConcurrentHashMap<>();

    /** @param primaryContract how templates choose {@code person.primaryContract}, as the engine does */
    public Notifier(NotificationSettings settings, StateStore store, Clock clock, PrimaryContractOrder primaryContract) {
        this.settings = requireNonNull(settings, "settings is null");
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.chooser = new PrimaryContractChooser(requireNonNull(primaryContract, "primaryContract is null"));
        this.composer = new MessageComposer(settings);
        this.outbox = new Outbox(new SmtpMailer(settings.smtp(), clock), settings.smtp());
    }

    @Override
    public void succeeded(ActionRecord action) {
        guard("an account notification", () -> {
            ActionType type = ActionType.valueOf(action.actionType());
            if (type == ActionType.CREATE && configured(NotificationEvent.CREATE)) {
                events(action.runId()).created.add(action);
            } else if (type == ActionType.DISABLE && configured(NotificationEvent.DISABLE)) {
                events(action.runId()).disabled.add(action);
            }
        });
    }

    @Override
    public void failed(ActionRecord action) {
        guard("a failure notification", () -> {
            if (configured(NotificationEvent.FAILURE)) {
                events(action.runId()).failed.add(action);
            }
        });
    }

    @Override
    public void held(String target, String actionType, List<ActionRecord> actions, String reason) {
        guard("a held-actions notification", () -> {
            if (configured(NotificationEvent.HELD_ACTIONS) && !actions.isEmpty()) {
                events(actions.get(0).runId()).held.add(new MessageComposer.HeldGroup(target, actionType, actions,
                        reason));
            }
        });
    }

    @Override
    public void finished(RunReport report) {
        guard("the notifications of run " + report.run().id(), () -> {
            RunEvents events = pending.remove(report.run().id());
            boolean summary = configured(NotificationEvent.RUN_SUMMARY) && NotificationModel.total(report) > 0;
            if (events != null || summary) {
                send(report.run().id(), events == null ? new RunEvents() : events, summary ? report : null);
            }
        });
    }

    @Override
    public void blocked(ImportResult result) {
        guard("the blocked-import notification", () -> {
            if (configured(NotificationEvent.IMPORT_BLOCKED)) {
                outbox.submit("the blocked import", () -> composer.importBlocked(result).stream().toList());
            }
        });
    }

    /** Messages given up on so far (the mail server could not be reached or kept failing). */
    public int undelivered() {
        return outbox.undelivered();
    }

    /**
     * Hands over the events of runs that did not finish here, then waits for delivery, at most about as long as one
     * batch may take with every attempt timing out.
     */
    @Override
    public void close() {
        for (Long runId : new ArrayList<>(pending.keySet())) {
            RunEvents events = pending.remove(runId);
            if (events != null) {
                send(runId, events, null);
            }
        }
        outbox.close(settings.smtp().worstCase(TYPICAL_BATCH));
    }

    private void send(long runId, RunEvents events, RunReport summary) {
        LocalDate today = LocalDate.now(clock);
        outbox.submit("run " + runId, () -> {
            PersonDirectory persons = new PersonDirectory(store, chooser, today);
            RunRecord run = store.run(runId).orElseThrow(() -> new IllegalStateException("run " + runId
                    + " is not in the state store"));
            Map<Long, RunRecord> runs = new HashMap<>(Map.of(runId, run));
            List<Mail> mails = new ArrayList<>();
            if (!events.created.isEmpty()) {
                mails.addAll(composer.personMails(NotificationEvent.CREATE, List.copyOf(events.created), persons, runs,
                        today.toString()));
            }
            if (!events.disabled.isEmpty()) {
                mails.addAll(composer.personMails(NotificationEvent.DISABLE, List.copyOf(events.disabled), persons,
                        runs, today.toString()));
            }
            for (MessageComposer.HeldGroup group : List.copyOf(events.held)) {
                composer.held(group, persons, run).ifPresent(mails::add);
            }
            if (!events.failed.isEmpty()) {
                composer.failures(List.copyOf(events.failed), persons, run).ifPresent(mails::add);
            }
            Optional.ofNullable(summary).flatMap(composer::summary).ifPresent(mails::add);
            return mails;
        });
    }

    private boolean configured(NotificationEvent event) {
        return settings.events().containsKey(event);
    }

    private RunEvents events(long runId) {
        return pending.computeIfAbsent(runId, id -> new RunEvents());
    }

    /** Listener methods must not throw into enforcement; a bug here costs a notification, not a run. */
    private static void guard(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            LOG.warn("could not queue {}: {}", what, failure.toString());
        }
    }

    /** What happened in one run so far; appended to from enforcement threads. */
    private static final class RunEvents {
        final List<ActionRecord> created = Collections.synchronizedList(new ArrayList<>());
        final List<ActionRecord> disabled = Collections.synchronizedList(new ArrayList<>());
        final List<ActionRecord> failed = Collections.synchronizedList(new ArrayList<>());
        final List<MessageComposer.HeldGroup> held = Collections.synchronizedList(new ArrayList<>());
    }
}
