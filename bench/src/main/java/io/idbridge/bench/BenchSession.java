package io.idbridge.bench;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import io.idbridge.engine.Engine;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.engine.enforce.Enforcer;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import io.idbridge.runtime.config.ConfigBinder;
import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.ConnectorInstance;
import io.idbridge.runtime.config.HoconLoader;
import io.idbridge.runtime.config.IdBridgeConfig;
import io.idbridge.runtime.config.ProblemCollector;
import io.idbridge.runtime.engine.EngineConfigReader;
import io.idbridge.runtime.plugin.PluginRuntime;
import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.target.TargetConnector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The engine as {@code idbridge sync} builds it (plugins from zips, HOCON bound through the runtime's readers, the
 * configured state store, one connector per source and target), opened from one configuration file. The CLI's own
 * session class is internal to the runtime, so this repeats its few wiring steps with the same public parts.
 */
final class BenchSession implements AutoCloseable {
    /** Loaded once per plugins directory and JVM; never unloaded (the JVM ends with the benchmark). */
    private static final Map<Path, PluginRuntime> PLUGINS = new ConcurrentHashMap<>();

    private final StateStore store;
    private final List<AutoCloseable> connectors;
    private final Map<String, TargetConnector> targets;
    private final Engine engine;
    private final Enforcer enforcer;

    private BenchSession(StateStore store, List<AutoCloseable> connectors,
                         Map<String, TargetConnector> targets, Engine engine, Enforcer enforcer) {
        this.store = store;
        this.connectors = connectors;
        this.targets = Map.copyOf(targets);
        this.engine = engine;
        this.enforcer = enforcer;
    }

    /**
     * Opens the session.
     *
     * @throws IllegalStateException listing every problem when the configuration does not bind
     */
    static BenchSession open(Path configFile, Path pluginsDirectory, Clock clock) {
        requireNonNull(configFile, "configFile is null");
        // one load per JVM, as the daemon keeps its plugins from sync to sync: every round then runs warm connector
        // code, like the bare loops it is compared with (a fresh class loader per round left the JIT a third of the CPU)
        PluginRuntime plugins = PLUGINS.computeIfAbsent(pluginsDirectory.toAbsolutePath().normalize(),
                PluginRuntime::load);
        ProblemCollector problems = new ProblemCollector();
        Config root = HoconLoader.load(configFile, problems).orElse(null);
        IdBridgeConfig config = root == null ? null : new ConfigBinder(plugins,
                List.of(new EngineConfigReader(null))).bind(root, configFile.getParent(), problems).orElse(null);
        EngineConfig engineConfig = config == null ? null
                : new EngineConfigReader(plugins).read(root, problems).orElse(null);
        if (engineConfig == null || !problems.isEmpty()) {
            throw new IllegalStateException("the benchmark configuration has problems:\n" + problems.problems()
                    .stream().map(ConfigProblem::render).collect(Collectors.joining("\n")));
        }
        StateStore store = StateStores.open(config.engine().stateUrl());
        List<AutoCloseable> opened = new ArrayList<>();
        Map<String, SourceConnector> sources = new LinkedHashMap<>();
        Map<String, TargetConnector> targets = new LinkedHashMap<>();
        for (ConnectorInstance instance : config.sources()) {
            SourceConnector connector = plugins.sourceFactory(instance.connectorName()).orElseThrow()
                    .create(new BenchConnectorContext(instance.name(), clock), instance.config());
            opened.add(connector);
            sources.put(instance.name(), connector);
        }
        for (ConnectorInstance instance : config.targets()) {
            TargetConnector connector = plugins.targetFactory(instance.connectorName()).orElseThrow()
                    .create(new BenchConnectorContext(instance.name(), clock), instance.config());
            opened.add(connector);
            targets.put(instance.name(), connector);
        }
        Engine engine = new Engine(engineConfig, sources, targets, store, clock, Retrier.withDefaults(),
                EnforcementListener.NONE);
        Enforcer enforcer = new Enforcer(engineConfig, targets, store, clock, Retrier.withDefaults(),
                EnforcementListener.NONE);
        return new BenchSession(store, opened, targets, engine, enforcer);
    }

    Engine engine() {
        return engine;
    }

    /**
     * The enforcer {@link Engine#enforce} uses, built from the same parts: enforcing a plan made by
     * {@link Engine#preview} with it times enforcement alone, without the engine's second planning pass.
     */
    Enforcer enforcer() {
        return enforcer;
    }

    /** The connector of a configured target. */
    TargetConnector target(String name) {
        return requireNonNull(targets.get(name), () -> "no target " + name);
    }

    StateStore store() {
        return store;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable connector : connectors) {
            connector.close();
        }
        store.close();
    }

    private record BenchConnectorContext(String instanceName, Clock clock) implements ConnectorContext {
    }
}
