package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.notify.NotificationSettings;
import io.idbridge.engine.notify.Notifier;
import io.idbridge.engine.snapshot.ImportListener;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.ConnectorInstance;
import io.idbridge.runtime.config.IdBridgeConfig;
import io.idbridge.runtime.config.ProblemCollector;
import io.idbridge.runtime.engine.EngineConfigReader;
import io.idbridge.runtime.engine.NotificationsReader;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.target.TargetConnector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an engine command needs, opened from one configuration file: plugins, the engine configuration, the state
 * store and one connector per configured source and target. Closing it closes them all.
 */
final class EngineSession implements AutoCloseable {
    private final LoadedConfiguration loaded;
    private final StateStore store;
    private final List<AutoCloseable> connectors;
    private final Engine engine;
    private final Notifier notifier;

    private EngineSession(LoadedConfiguration loaded, StateStore store, List<AutoCloseable> connectors, Engine engine,
                          Notifier notifier) {
        this.loaded = loaded;
        this.store = store;
        this.connectors = connectors;
        this.engine = engine;
        this.notifier = notifier;
    }

    /**
     * Opens a session, or prints every configuration problem to {@code err} and returns empty.
     *
     * @param withConnectors false for commands that only read the store (report, audit)
     */
    static Optional<EngineSession> open(Path configFile, Clock clock, EnforcementListener listener,
                                        boolean withConnectors, PrintWriter err) {
        return open(configFile, clock, listener, withConnectors, err, PluginSupply.FRESH);
    }

    /** As {@link #open(Path, Clock, EnforcementListener, boolean, PrintWriter)}, with plugins from {@code plugins}. */
    static Optional<EngineSession> open(Path configFile, Clock clock, EnforcementListener listener,
                                        boolean withConnectors, PrintWriter err, PluginSupply plugins) {
        LoadedConfiguration loaded = LoadedConfiguration.load(configFile, Home.directory(), EngineSections.all(),
                plugins);
        PluginFailures.warn(loaded.plugins(), err);
        ProblemCollector problems = new ProblemCollector();
        loaded.problems().forEach(problems::add);
        Optional<EngineConfig> engineConfig = loaded.config().flatMap(config ->
                new EngineConfigReader(loaded.plugins()).read(config.root(), problems));
        Optional<NotificationSettings> notifications = loaded.config().flatMap(config ->
                new NotificationsReader().read(config.root(), problems));
        if (!problems.isEmpty() || engineConfig.isEmpty()) {
            problems.problems().stream().map(ConfigProblem::render).forEach(err::println);
            err.println("the configuration has problems; run 'idbridge validate' and fix them first");
            loaded.close();
            return Optional.empty();
        }
        IdBridgeConfig config = loaded.config().get();
        StateStore store = StateStores.open(config.engine().stateUrl(), config.engine().stateUser().orElse(null),
                config.engine().statePassword().orElse(null));
        List<AutoCloseable> opened = new ArrayList<>();
        Map<String, SourceConnector> sources = new LinkedHashMap<>();
        Map<String, TargetConnector> targets = new LinkedHashMap<>();
        if (withConnectors) {
            for (ConnectorInstance instance : config.sources()) {
                SourceConnector connector = loaded.plugins().sourceFactory(instance.connectorName()).orElseThrow()
                        .create(new RuntimeConnectorContext(instance.name(), clock), instance.config());
                opened.add(connector);
                sources.put(instance.name(), connector);
            }
            for (ConnectorInstance instance : config.targets()) {
                TargetConnector connector = loaded.plugins().targetFactory(instance.connectorName()).orElseThrow()
                        .create(new RuntimeConnectorContext(instance.name(), clock), instance.config());
                opened.add(connector);
                targets.put(instance.name(), connector);
            }
        }
        Notifier notifier = notifications.map(settings -> new Notifier(settings, store, clock,
                engineConfig.get().primaryContract())).orElse(null);
        Engine engine = new Engine(engineConfig.get(), sources, targets, store, clock, Retrier.withDefaults(),
                notifier == null ? listener : both(listener, notifier),
                notifier == null ? ImportListener.NONE : notifier);
        return Optional.of(new EngineSession(loaded, store, opened, engine, notifier));
    }

    Engine engine() {
        return engine;
    }

    StateStore store() {
        return store;
    }

    @Override
    public void close() {
        for (AutoCloseable connector : connectors) {
            try {
                connector.close();
            } catch (Exception failure) {
                // connectors promise not to throw on close; a broken one must not keep the store open
                org.slf4j.LoggerFactory.getLogger(EngineSession.class).warn("closing a connector failed", failure);
            }
        }
        if (notifier != null) {
            // waits, bounded, for the mail of this session; it still reads the store, so before closing that
            notifier.close();
        }
        store.close();
        loaded.close();
    }

    /** Tells the caller's listener and the notifier, in that order. */
    private static EnforcementListener both(EnforcementListener first, EnforcementListener second) {
        if (first == EnforcementListener.NONE) {
            return second;
        }
        return new EnforcementListener() {
            @Override
            public void succeeded(ActionRecord action) {
                first.succeeded(action);
                second.succeeded(action);
            }

            @Override
            public void failed(ActionRecord action) {
                first.failed(action);
                second.failed(action);
            }

            @Override
            public void held(String target, String actionType, List<ActionRecord> actions, String reason) {
                first.held(target, actionType, actions, reason);
                second.held(target, actionType, actions, reason);
            }

            @Override
            public void finished(RunReport report) {
                first.finished(report);
                second.finished(report);
            }
        };
    }
}
