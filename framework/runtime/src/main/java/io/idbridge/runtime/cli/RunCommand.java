package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import io.idbridge.runtime.config.EngineSettings;
import io.idbridge.runtime.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    int execute() {
        Optional<Startup> startup = startup();
        if (startup.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Optional<Schedule> schedule = Optional.of(startup.get().schedule());
        metrics = new DaemonMetrics(Clock.systemUTC());
        try (DaemonLock lock = DaemonLock.acquire(startup.get().stateUrl())) {
            Optional<AdminServer> admin = startup.get().admin().map(settings -> {
                AdminServer server = AdminServer.start(settings, metrics,
                        () -> lastValid != null && stop.getCount() > 0, () -> Optional.ofNullable(lastValid));
                log().info("admin endpoint on http://{}:{}/ (health, ready, metrics, api/runs)", settings.bind(),
                        server.port());
                return server;
            });
            try {
                return runUntilStopped(schedule);
            } finally {
                admin.ifPresent(AdminServer::close);
            }
        } catch (DaemonLock.TakenException taken) {
            err().println(taken.getMessage());
            return ExitCodes.PROBLEMS;
        }
    }

    private int runUntilStopped(Optional<Schedule> schedule) {
        // SIGTERM (systemd, kill) and SIGINT (Ctrl-C) stop the daemon gracefully: the actions under way finish and
        // are journaled, the rest stay pending for the next run, and the process exits 0. Handled as signals rather
        // than in a shutdown hook, because a JVM ended by a signal exits 143 whatever its hooks do.
        for (String name : List.of("TERM", "INT")) {
            Signal.handle(new Signal(name), signal -> requestStop("SIG" + name));
        }
        Clock clock = Clock.systemDefaultZone();
        log().info("daemon started; schedule {}", schedule.get());
        while (stop.getCount() > 0) {
            Optional<ZonedDateTime> next = schedule.get().next(ZonedDateTime.now(clock));
            if (next.isEmpty()) {
                log().info("the schedule {} never fires again; stopping", schedule.get());
                return ExitCodes.OK;
            }
            log().info("next sync at {}", next.get());
            if (waitUntil(next.get(), clock, stop)) {
                break;
            }
            syncOnce(clock);
        }
        if (lastValid != null) {
            lastValid.close();
        }
        log().info("stopped");
        return ExitCodes.OK;
    }

    private void requestStop(String signal) {
        log().info("{}: stopping after the actions under way", signal);
        stop.countDown();
        Engine engine = running;
        if (engine != null) {
            engine.stop();
        }
    }

    /** What the daemon needs before its first sync: when to sync, its state store, its admin endpoint. */
    private record Startup(Schedule schedule, String stateUrl, Optional<EngineSettings.Admin> admin) {
    }

    private Optional<Startup> startup() {
        try (LoadedConfiguration loaded = LoadedConfiguration.load(configFile(), Home.directory(), EngineSections.all())) {
            if (loaded.config().isEmpty()) {
                loaded.problems().forEach(problem -> err().println(problem.render()));
                return Optional.empty();
            }
            Optional<String> expression = loaded.config().get().engine().schedule();
            if (expression.isEmpty()) {
                err().println("idbridge.schedule is not set; the daemon needs a schedule such as \"0 */30 6-20 * * ?\"");
                return Optional.empty();
            }
            EngineSettings engine = loaded.config().get().engine();
            return Optional.of(new Startup(Schedule.parse(expression.get()), engine.stateUrl(), engine.admin()));
        }
    }

    /** Returns true when asked to stop while waiting. */
    private static boolean waitUntil(ZonedDateTime when, Clock clock, CountDownLatch stop) {
        Duration wait = Duration.between(ZonedDateTime.now(clock), when);
        try {
            return !wait.isNegative() && stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * Reads the configuration again and syncs with it; when it has become invalid, says why and syncs with the last
     * valid one instead, so a typo made between two runs never stops provisioning.
     */
    private void syncOnce(Clock clock) {
        Optional<EngineSession> fresh = EngineSession.open(configFile(), clock,
                io.idbridge.engine.enforce.EnforcementListener.NONE, true, err());
        if (fresh.isPresent()) {
            if (lastValid != null) {
                lastValid.close();
            }
            lastValid = fresh.get();
        } else if (lastValid == null) {
            log().error("sync skipped: the configuration has problems (printed above)");
            return;
        } else {
            log().error("the configuration {} has problems (printed above); this sync runs with the last valid "
                    + "configuration, read before the change", configFile());
        }
        try {
            running = lastValid.engine();
            if (stop.getCount() == 0) {
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
