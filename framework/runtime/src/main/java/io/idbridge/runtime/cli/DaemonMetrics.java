package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the daemon's {@code /metrics} shows, in Prometheus' text format: runs by status, actions by target, type and
 * outcome, run durations, the actions held for approval now (however they were decided since: console, CLI), the
 * persons of the last accepted import and when it was, whether this daemon leads and whether its configuration was
 * valid when last read. Counters count since the daemon started, as Prometheus expects.
 */
final class DaemonMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Clock clock;
    private final AtomicLong persons;
    private final AtomicLong lastImport;
    private final Timer durations;

    /** @param heldActions counts the state store's held actions; called at every scrape */
    DaemonMetrics(Clock clock, Supplier<DaemonStatus> status, LongSupplier heldActions) {
        this.clock = clock;
        this.persons = registry.gauge("idbridge.source.persons", new AtomicLong());
        this.lastImport = registry.gauge("idbridge.last.successful.import.timestamp.seconds", new AtomicLong());
        Gauge.builder("idbridge.held.actions", heldActions::getAsLong)
                .description("Actions held by a threshold, waiting for approval").register(registry);
        Gauge.builder("idbridge.leader", () -> status.get().leader() ? 1 : 0)
                .description("1 when this daemon runs the syncs, 0 on a standby").register(registry);
        Gauge.builder("idbridge.configuration.valid", () -> {
            DaemonStatus.Configuration configuration = status.get().configuration();
            return configuration == null || configuration.valid() ? 1 : 0;
        }).description("0 when the configuration read last had problems and the last valid one is used")
                .register(registry);
        this.durations = Timer.builder("idbridge.run.duration").description("Wall time of the daemon's syncs")
                .register(registry);
    }

    /** Records one sync: its status, the actions of its run, and the import it accepted. */
    void synced(Engine.SyncResult result, Duration took) {
        durations.record(took);
        if (result.imported().accepted()) {
            persons.set(result.imported().personCount());
            lastImport.set(clock.instant().getEpochSecond());
        }
        String status;
        if (result.run() == null) {
            status = result.imported().accepted() ? "STOPPED" : "IMPORT_BLOCKED";
        } else {
            status = result.run().run().status().name();
            result.run().counts().forEach((target, types) -> types.forEach((type, outcomes) ->
                    outcomes.forEach((outcome, count) -> Counter.builder("idbridge.actions")
                            .tag("target", target).tag("type", type).tag("outcome", outcome.name())
                            .register(registry).increment(count))));
        }
        runs(status).increment();
    }

    /** A sync that threw instead of reporting. */
    void failed(Duration took) {
        durations.record(took);
        runs("ERROR").increment();
    }

    String scrape() {
        return registry.scrape();
    }

    private Counter runs(String status) {
        return Counter.builder("idbridge.runs").description("Syncs of this daemon by outcome").tag("status", status)
                .register(registry);
    }
}
