package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import io.idbridge.runtime.config.EngineSettings;
import io.idbridge.runtime.config.Schedule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import sun.misc.Signal;

/**
 * The daemon: syncs on {@code idbridge.schedule} until stopped. SIGTERM or Ctrl-C let the actions under way finish,
 * leave the rest pending for the next run and exit 0. The configuration is read again before every sync, so edits
 * take effect without a restart; an edit that makes it invalid is reported and the last valid one keeps running. A
 * failed sync is logged and the daemon waits for the next time.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Run as a daemon: sync on idbridge.schedule until stopped.")
final class RunCommand extends IdBridgeCommand {
    private static final Duration SLICE = Duration.ofSeconds(1);

    // not a static logger: picocli creates every command for --help, and logging set-up would slow it down
    private Logger log;

    private Logger log() {
        if (log == null) {
            log = LoggerFactory.getLogger(RunCommand.class);
        }
        return log;
    }

    /** The engine of the sync under way, for the stop signal; null between syncs. */
    private volatile Engine running;
    /** The session of the last configuration that was valid: an invalid edit leaves the daemon running on it. */
    private volatile EngineSession lastValid;
    // made in execute(): picocli creates every command for --help, and the registry would slow that down
    private DaemonMetrics metrics;
    private final KeptPlugins plugins = new KeptPlugins();
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Released by a stop and by {@link #requestSync()}, so that the waiting loop notices either at once. */
    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean syncRequested = new AtomicBoolean();
    /** True once the engine of {@link #lastValid} was stopped because another daemon took over. */
    private volatile boolean lastValidStopped;
    /** Present on a PostgreSQL store, which several daemons may share. */
    private Optional<Leadership> leadership = Optional.empty();
    /** The last reading of the configuration, for the console; null before the first sync. */
    private volatile DaemonStatus.Configuration configuration;

    @Override
    int execute() {
        Optional<Startup> startup = startup();
        if (startup.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Optional<Schedule> schedule = Optional.of(startup.get().schedule());
        EngineSettings settings = startup.get().settings();
        try (DaemonLock lock = DaemonLock.acquire(settings.stateUrl());
             StateStore store = StateStores.open(settings.stateUrl(), settings.stateUser().orElse(null),
                     settings.statePassword().orElse(null))) {
            // SQLite has one daemon (the lock above); daemons sharing a PostgreSQL store elect one by the lease
            leadership = settings.stateUrl().startsWith("jdbc:postgresql:")
                    ? Optional.of(Leadership.start(store, settings.leaseTtl(), this::lostLeadership))
                    : Optional.empty();
            metrics = new DaemonMetrics(Clock.systemUTC(), this::status,
                    () -> store.countActions(ActionQuery.withStatus(Set.of(ActionStatus.HELD))));
            Optional<AdminServer> admin = settings.admin().map(adminSettings -> {
                AdminServer server = AdminServer.start(adminSettings, metrics, this::status,
                        () -> Optional.ofNullable(lastValid), this::requestSync);
                log().info("admin endpoint on http://{}:{}/ (health, ready, metrics, api, console)",
                        adminSettings.bind(), server.port());
                return server;
            });
            try {
                return runUntilStopped(schedule, store);
            } finally {
                admin.ifPresent(AdminServer::close);
                leadership.ifPresent(Leadership::close);
            }
        } catch (DaemonLock.TakenException taken) {
            err().println(taken.getMessage());
            return ExitCodes.PROBLEMS;
        }
    }

    private int runUntilStopped(Optional<Schedule> schedule, StateStore store) {
        // SIGTERM (systemd, kill) and SIGINT (Ctrl-C) stop the daemon gracefully: the actions under way finish and
        // are journaled, the rest stay pending for the next run, and the process exits 0. Handled as signals rather
        // than in a shutdown hook, because a JVM ended by a signal exits 143 whatever its hooks do.
        for (String name : List.of("TERM", "INT")) {
            Signal.handle(new Signal(name), signal -> requestStop("SIG" + name));
        }
        Clock clock = Clock.systemDefaultZone();
        log().info("daemon started; schedule {}", schedule.get());
        boolean wasLeading = false;
        while (stop.getCount() > 0) {
            if (!leading()) {
                wasLeading = false;
                pause(leadership.get().renewInterval());
                continue;
            }
            if (!wasLeading) {
                wasLeading = true;
                // a run another daemon (or this one, before a crash) left unfinished is finished now, not at the
                // next scheduled time: its creates and disables are due already
                if (!store.actions(ActionQuery.withStatus(Set.of(ActionStatus.PLANNED, ActionStatus.RUNNING)))
                        .isEmpty()) {
                    log().info("the journal holds an interrupted run; finishing it now");
                    syncOnce(clock);
                    continue;
                }
            }
            Optional<ZonedDateTime> next = schedule.get().next(ZonedDateTime.now(clock));
            if (next.isEmpty()) {
                log().info("the schedule {} never fires again; stopping", schedule.get());
                return ExitCodes.OK;
            }
            log().info("next sync at {}", next.get());
            if (waitUntil(next.get(), clock)) {
                syncOnce(clock);
            }
        }
        if (lastValid != null) {
            lastValid.close();
        }
        plugins.close();
        log().info("stopped");
        return ExitCodes.OK;
    }

    /** Whether this daemon runs the syncs: always on SQLite, the lease holder on PostgreSQL. */
    private boolean leading() {
        return leadership.map(Leadership::leading).orElse(true);
    }

    private DaemonStatus status() {
        boolean leader = leading();
        // a leader holds the lease itself; only a standby asks the store who does (probes call this often)
        String holder = leadership.flatMap(lease -> leader ? Optional.of(lease.holder()) : lease.currentHolder())
                .orElse(null);
        return new DaemonStatus(leader, holder, lastValid != null && stop.getCount() > 0, configuration);
    }

    /** The lease went to another daemon, or could not be renewed: stop the sync under way, another finishes it. */
    private void lostLeadership() {
        Engine engine = running;
        if (engine != null) {
            // a stopped engine does not start again: the next sync opens a new session
            lastValidStopped = true;
            engine.stop();
        }
    }

    /**
     * Makes the waiting loop sync at once instead of at the next scheduled time (the admin API's "sync now"); returns
     * at once, the sync runs on the daemon's own thread. Asked during a sync, another follows it; on a daemon that does
     * not lead, the sync runs once it leads.
     */
    void requestSync() {
        syncRequested.set(true);
        wake.release();
    }

    private void requestStop(String signal) {
        log().info("{}: stopping after the actions under way", signal);
        stop.countDown();
        wake.release();
        Engine engine = running;
        if (engine != null) {
            engine.stop();
        }
    }

    /** What the daemon needs before its first sync: when to sync, and its state store and admin endpoint. */
    private record Startup(Schedule schedule, EngineSettings settings) {
    }

    private Optional<Startup> startup() {
        try (LoadedConfiguration loaded = LoadedConfiguration.load(configFile(), Home.directory(), EngineSections.all(),
                plugins)) {
            if (loaded.config().isEmpty()) {
                loaded.problems().forEach(problem -> err().println(problem.render()));
                return Optional.empty();
            }
            Optional<String> expression = loaded.config().get().engine().schedule();
            if (expression.isEmpty()) {
                err().println("idbridge.schedule is not set; the daemon needs a schedule such as \"0 */30 6-20 * * ?\"");
                return Optional.empty();
            }
            return Optional.of(new Startup(Schedule.parse(expression.get()), loaded.config().get().engine()));
        }
    }

    /**
     * Waits until {@code when}; returns true when that time came or a sync was requested, false when asked to stop or
     * when this daemon stopped leading meanwhile. Waits in slices of a second so that either is noticed at once.
     */
    private boolean waitUntil(ZonedDateTime when, Clock clock) {
        while (stop.getCount() > 0 && leading()) {
            if (syncRequested.getAndSet(false)) {
                log().info("sync requested through the admin endpoint");
                return true;
            }
            Duration left = Duration.between(ZonedDateTime.now(clock), when);
            if (left.isNegative() || left.isZero()) {
                return true;
            }
            pause(left.compareTo(SLICE) < 0 ? left : SLICE);
        }
        return false;
    }

    private void pause(Duration duration) {
        try {
            // permits left by earlier wake-ups only make the callers look at the clock and the flags once more
            wake.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
    }

    /**
     * Reads the configuration again and syncs with it; when it has become invalid, says why and syncs with the last
     * valid one instead, so a typo made between two runs never stops provisioning.
     */
    private void syncOnce(Clock clock) {
        StringWriter printed = new StringWriter();
        Optional<EngineSession> fresh;
        try (PrintWriter problems = new PrintWriter(printed)) {
            fresh = EngineSession.open(configFile(), clock, io.idbridge.engine.enforce.EnforcementListener.NONE, true,
                    problems, plugins);
        }
        err().print(printed);
        err().flush();
        configuration = new DaemonStatus.Configuration(configFile().toString(), Instant.now(), fresh.isPresent(),
                printed.toString().lines().filter(line -> !line.isBlank()).toList());
        if (fresh.isPresent()) {
            if (lastValid != null) {
                lastValid.close();
            }
            lastValid = fresh.get();
            lastValidStopped = false;
        } else if (lastValid == null || lastValidStopped) {
            log().error("sync skipped: the configuration has problems (printed above)");
            return;
        } else {
            log().error("the configuration {} has problems (printed above); this sync runs with the last valid "
                    + "configuration, read before the change", configFile());
        }
        try {
            running = lastValid.engine();
            // checked after publishing the engine, so that a stop or a lost lease from now on reaches it
            if (stop.getCount() == 0 || !leading()) {
                return;
            }
            long started = System.nanoTime();
            Engine.SyncResult result;
            try {
                result = running.sync(io.idbridge.engine.progress.ProgressListener.NONE);
            } catch (RuntimeException failure) {
                metrics.failed(Duration.ofNanos(System.nanoTime() - started));
                throw failure;
            }
            metrics.synced(result, Duration.ofNanos(System.nanoTime() - started));
            if (result.run() == null && result.imported().accepted()) {
                log().info("stopped before enforcing; the next sync plans again");
            } else if (result.run() == null) {
                log().warn("import blocked: {}", result.imported().reason());
            } else {
                log().info("run {} {}: {} actions, {} failed, {} held", result.run().run().id(), result.run().run().status(),
                        result.plan().actions().size(), result.run().failed().size(), result.run().held().size());
            }
        } catch (RuntimeException failure) {
            // one failed sync (a target down, a bug) must not end the daemon; the next time tries again
            log().error("sync failed; the daemon goes on", failure);
        } finally {
            running = null;
        }
    }
}
