package io.idbridge.engine;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.engine.enforce.Enforcer;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.evaluate.Entitlements;
import io.idbridge.engine.evaluate.PersonView;
import io.idbridge.engine.evaluate.PrimaryContractChooser;
import io.idbridge.engine.evaluate.RuleEvaluator;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.plan.Planner;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.snapshot.ImportListener;
import io.idbridge.engine.snapshot.ImportResult;
import io.idbridge.engine.snapshot.Importer;
import io.idbridge.engine.snapshot.PersonCodec;
import io.idbridge.engine.snapshot.PersonsInForce;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.AuditEntry;
import io.idbridge.engine.store.AuditQuery;
import io.idbridge.engine.store.GrantedPermission;
import io.idbridge.engine.store.RunLock;
import io.idbridge.engine.store.SnapshotInfo;
import io.idbridge.engine.store.StateStore;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.target.TargetConnector;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's entry point: import the sources, preview the plan, enforce it, or all three in a sync. Preview and
 * enforcement plan through the same code; preview only never writes.
 */
public final class Engine {
    private final EngineConfig config;
    private final Map<String, SourceConnector> sources;
    private final Map<String, TargetConnector> targets;
    private final StateStore store;
    private final Clock clock;
    private final Retrier retrier;
    private final Enforcer enforcer;
    private volatile boolean stopping;
    private final ImportListener importListener;
    private volatile PersonsInForce lastImported;

    public Engine(EngineConfig config, Map<String, SourceConnector> sources, Map<String, TargetConnector> targets,
                  StateStore store, Clock clock, Retrier retrier, EnforcementListener listener) {
        this(config, sources, targets, store, clock, retrier, listener, ImportListener.NONE);
    }

    /** @param importListener told when an import is blocked (e.g. to notify an administrator) */
    public Engine(EngineConfig config, Map<String, SourceConnector> sources, Map<String, TargetConnector> targets,
                  StateStore store, Clock clock, Retrier retrier, EnforcementListener listener,
                  ImportListener importListener) {
        this.config = requireNonNull(config, "config is null");
        this.sources = Map.copyOf(sources);
        this.targets = Map.copyOf(targets);
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.retrier = requireNonNull(retrier, "retrier is null");
        this.enforcer = new Enforcer(config, targets, store, clock, retrier, listener);
        this.importListener = requireNonNull(importListener, "importListener is null");
    }

    /** Reads every source into a new snapshot (blocked when a source fails or a source threshold is crossed). */
    public ImportResult importSources(ProgressListener progress) {
        try (RunLock lock = store.acquireRunLock()) {
            return importUnlocked(progress);
        }
    }

    private ImportResult importUnlocked(ProgressListener progress) {
        Importer importer = new Importer(config, sources, store, clock);
        ImportResult imported = importer.run(personsInForce(), progress);
        lastImported = importer.personsInForce();
        if (!imported.accepted()) {
            importListener.blocked(imported);
        }
        return imported;
    }

    /** Whether an import has been accepted yet; without one there is nothing to plan from. */
    public boolean hasSnapshotInForce() {
        return store.latestSnapshot(true).isPresent();
    }

    /** What enforcement would do now, from the snapshot in force, evaluating only changed persons. Writes nothing. */
    public Plan preview(ProgressListener progress) {
        return preview(false, progress);
    }

    /**
     * What enforcement would do now, from the snapshot in force. Writes nothing anywhere.
     *
     * @param evaluateAll evaluate every person, not only those whose data, configuration or due dates changed
     */
    public Plan preview(boolean evaluateAll, ProgressListener progress) {
        return new Planner(config, targets, store, clock, retrier).plan(personsInForce(), evaluateAll, progress);
    }

    /** Finishes what interrupted runs left, then plans from the snapshot in force and enforces. */
    public RunReport enforce(ProgressListener progress) {
        return enforce(false, progress);
    }

    public RunReport enforce(boolean evaluateAll, ProgressListener progress) {
        try (RunLock lock = store.acquireRunLock()) {
            enforcer.resume(progress);
            return enforcer.enforce("enforce", preview(evaluateAll, progress), progress);
        }
    }

    /**
     * Finishes what interrupted runs left, imports, and when the import is accepted plans and enforces. A blocked
     * import changes nothing in any target.
     */
    public SyncResult sync(ProgressListener progress) {
        return sync(false, progress);
    }

    public SyncResult sync(boolean evaluateAll, ProgressListener progress) {
        try (RunLock lock = store.acquireRunLock()) {
            List<RunReport> resumed = enforcer.resume(progress);
            ImportResult imported = importUnlocked(progress);
            if (!imported.accepted()) {
                return new SyncResult(resumed, imported, null, null);
            }
            Plan plan = preview(evaluateAll, progress);
            if (stopping) {
                // asked to stop while importing or planning: journal nothing, the next sync plans afresh
                return new SyncResult(resumed, imported, plan, null);
            }
            return new SyncResult(resumed, imported, plan, enforcer.enforce("sync", plan, progress));
        }
    }

    /**
     * Asks a running {@link #sync} to stop as soon as it safely can (a daemon's SIGTERM): actions under way finish and
     * are journaled, the rest stay pending for the next run; a sync still importing or planning enforces nothing.
     * Safe to call from any thread (a signal handler).
     */
    public void stop() {
        stopping = true;
        enforcer.stop();
    }

    /** Runs exactly the held actions selected (by query, or by id when {@code actionIds} is not empty). */
    public List<RunReport> approve(ActionQuery query, Set<Long> actionIds, String approvedBy,
                                   ProgressListener progress) {
        try (RunLock lock = store.acquireRunLock()) {
            return enforcer.approve(query, actionIds, approvedBy, progress);
        }
    }

    /** Rejects the held actions selected; returns how many. */
    public int reject(ActionQuery query, Set<Long> actionIds, String rejectedBy) {
        try (RunLock lock = store.acquireRunLock()) {
            return enforcer.reject(query, actionIds, rejectedBy);
        }
    }

    /** What IdBridge knows and concludes about one person; reads only. */
    public PersonExplanation explain(String personId) {
        LocalDate today = LocalDate.now(clock);
        Person person = store.latestSnapshot(true).flatMap(snapshot -> store.persons(snapshot.id(), List.of(personId))
                .stream().findFirst()).map(PersonCodec::decode).orElse(null);
        List<AccountState> accounts = new ArrayList<>();
        List<GrantedPermission> permissions = new ArrayList<>();
        Map<String, Map<String, Object>> accountData = new HashMap<>();
        for (TargetSettings target : config.targets()) {
            store.account(target.name(), personId).ifPresent(account -> {
                accounts.add(account);
                accountData.put(target.name(), Json.readData(account.dataJson()).values());
            });
            permissions.addAll(store.permissions(target.name(), personId));
        }
        Contract primary = null;
        Entitlements entitlements = null;
        if (person != null) {
            primary = new PrimaryContractChooser(config.primaryContract())
                    .choose(person.contracts(), today);
            Map<String, Object> view = PersonView.person(person, primary, accountData,
                    today);
            entitlements = new RuleEvaluator(config.rules()).evaluate(person, view, today);
        }
        List<AuditEntry> audit = store.audit(
                new AuditQuery(personId, null, null, null, 0));
        return new PersonExplanation(personId, person, primary, entitlements, accounts, permissions, audit);
    }

    public RunReport report(long runId) {
        return RunReport.of(store, runId);
    }

    public EngineConfig config() {
        return config;
    }

    /**
     * The persons in force: as this engine's last import left them while that snapshot is in force (snapshots never
     * change once stored), which spares a sync reading every person's version twice; otherwise from the store.
     */
    private PersonsInForce personsInForce() {
        PersonsInForce known = lastImported;
        Long inForce = store.latestSnapshot(true).map(SnapshotInfo::id).orElse(null);
        return known != null && Objects.equals(known.snapshotId(), inForce) ? known : PersonsInForce.read(store);
    }

    /**
     * The outcome of a sync.
     *
     * @param plan null when the import was blocked
     * @param run null when the import was blocked, or when {@link #stop()} came before enforcement began
     */
    public record SyncResult(List<RunReport> resumed, ImportResult imported, Plan plan, RunReport run) {
    }
}
