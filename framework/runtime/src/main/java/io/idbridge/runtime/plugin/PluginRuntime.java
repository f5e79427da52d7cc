package io.idbridge.runtime.plugin;

import static java.util.Objects.requireNonNull;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.idbridge.spi.ConnectorFactory;
import io.idbridge.spi.source.SourceConnectorFactory;
import io.idbridge.spi.target.TargetConnectorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every plugin archive ({@code *.zip}, {@code *.jar}) and exploded plugin directory of one plugins directory.
 * Each candidate either loads completely (started, every connector built) or is reported as a {@link PluginFailure}
 * with the reason; one broken plugin never stops the others. Connector names are unique: a plugin that brings a name
 * an earlier plugin (in file-name order) already brought fails.
 *
 * <p>The plugins directory must be writable: PF4J expands {@code x.zip} into {@code x/}. Not thread-safe while
 * loading; lookups afterwards may run on any thread. {@link #close()} stops and unloads every plugin.
 */
public final class PluginRuntime implements ConnectorCatalog, AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(PluginRuntime.class);

    private final IdBridgePluginManager pluginManager;
    private final Path pluginsDirectory;
    private final Map<String, SourceConnectorFactory> sources = new TreeMap<>();
    private final Map<String, TargetConnectorFactory> targets = new TreeMap<>();
    private final Map<String, String> pluginByConnectorName = new LinkedHashMap<>();
    private PluginReport report;
    /** Each candidate's name, size and modification time when loaded: see {@link #changedOnDisk()}. */
    private List<String> loadedFrom;

    private PluginRuntime(Path pluginsDirectory, Injector hostInjector) {
        this.pluginsDirectory = pluginsDirectory;
        this.pluginManager = new IdBridgePluginManager(pluginsDirectory, hostInjector);
    }

    /** Loads the plugins directory with an empty host injector; see {@link #load(Path, Injector)}. */
    public static PluginRuntime load(Path pluginsDirectory) {
        return load(pluginsDirectory, Guice.createInjector());
    }

    /**
     * Loads every plugin of the directory. A missing directory is an empty one (and is reported as a failure of
     * nothing): the caller decides whether "no plugins" is a problem.
     *
     * @param hostInjector the parent of every plugin's injector: what the host offers plugins
     */
    public static PluginRuntime load(Path pluginsDirectory, Injector hostInjector) {
        requireNonNull(pluginsDirectory, "pluginsDirectory is null");
        requireNonNull(hostInjector, "hostInjector is null");
        PluginRuntime runtime = new PluginRuntime(pluginsDirectory.toAbsolutePath().normalize(), hostInjector);
        runtime.loadAll();
        return runtime;
    }

    /** What loaded and what failed; never null. */
    public PluginReport report() {
        return report;
    }

    public Path pluginsDirectory() {
        return pluginsDirectory;
    }

    /**
     * Whether an archive or plugin directory was added, removed or rewritten (other size or modification time) since
     * these plugins were loaded: whoever keeps a runtime for long (the daemon) loads the directory again then.
     */
    public boolean changedOnDisk() {
        return !stamp(candidates(new ArrayList<>())).equals(loadedFrom);
    }

    @Override
    public Optional<SourceConnectorFactory> sourceFactory(String connectorName) {
        return Optional.ofNullable(sources.get(connectorName));
    }

    @Override
    public Optional<TargetConnectorFactory> targetFactory(String connectorName) {
        return Optional.ofNullable(targets.get(connectorName));
    }

    @Override
    public List<SourceConnectorFactory> sourceFactories() {
        return List.copyOf(sources.values());
    }

    @Override
    public List<TargetConnectorFactory> targetFactories() {
        return List.copyOf(targets.values());
    }

    /** Stops plugins one at a time and unloads them; the factories must not be used afterwards. */
    @Override
    public void close() {
        sources.clear();
        targets.clear();
        pluginManager.stopAndUnloadAll();
    }

    private void loadAll() {
        List<LoadedPlugin> loaded = new ArrayList<>();
        List<PluginFailure> failed = new ArrayList<>();
        List<Path> candidates = candidates(failed);
        loadedFrom = stamp(candidates);
        for (Path candidate : candidates) {
            Set<String> idsBefore = loadedPluginIds();
            try {
                loaded.add(loadOne(candidate));
            } catch (RuntimeException | LinkageError e) {
                String reason = Reasons.describe(e);
                LOGGER.debug("Plugin {} failed to load", candidate.getFileName(), e);
                failed.add(new PluginFailure(candidate.getFileName().toString(), reason));
                unloadNewPlugins(idsBefore, failed, candidate);
            }
        }
        report = new PluginReport(loaded, failed);
    }

    private LoadedPlugin loadOne(Path candidate) {
        if (PluginArchives.isZip(candidate)) {
            PluginArchives.checkReadable(candidate);
        }
        String pluginId = pluginManager.loadPlugin(candidate);
        PluginWrapper plugin = pluginManager.getPlugin(pluginId);
        failIfNotUsable(plugin, "cannot be loaded");
        pluginManager.startPlugin(pluginId);
        failIfNotUsable(plugin, "cannot be started");
        if (plugin.getPluginState() != PluginState.STARTED) {
            throw new PluginLoadException("plugin " + pluginId + " did not start (state " + plugin.getPluginState() + ")");
        }
        ExtensionScan scan = ExtensionScan.of(pluginManager, plugin);
        List<SourceConnectorFactory> pluginSources = pluginManager.getExtensions(SourceConnectorFactory.class, pluginId);
        List<TargetConnectorFactory> pluginTargets = pluginManager.getExtensions(TargetConnectorFactory.class, pluginId);
        scan.checkAllFound(pluginSources.size() + pluginTargets.size());
        List<ConnectorInfo> connectors = new ArrayList<>();
        Set<String> namesInPlugin = new HashSet<>();
        Stream.concat(pluginSources.stream(), pluginTargets.stream())
                .forEach(factory -> checkName(pluginId, factory, namesInPlugin));
        pluginSources.forEach(factory -> connectors.add(info(factory, ConnectorKind.SOURCE)));
        pluginTargets.forEach(factory -> connectors.add(info(factory, ConnectorKind.TARGET)));
        pluginSources.forEach(factory -> sources.put(factory.name(), factory));
        pluginTargets.forEach(factory -> targets.put(factory.name(), factory));
        namesInPlugin.forEach(name -> pluginByConnectorName.put(name, pluginId));
        PluginDescriptor descriptor = plugin.getDescriptor();
        LOGGER.debug("Loaded plugin {} {} with {} connectors", pluginId, descriptor.getVersion(), connectors.size());
        return new LoadedPlugin(pluginId, descriptor.getVersion(), orEmpty(descriptor.getProvider()),
                plugin.getPluginPath(), connectors);
    }

    private void checkName(String pluginId, ConnectorFactory factory, Set<String> namesInPlugin) {
        String name = factory.name();
        if (name == null || name.isBlank()) {
            throw new PluginLoadException("connector " + factory.getClass().getName() + " has no name");
        }
        String owner = pluginByConnectorName.get(name);
        if (owner != null) {
            throw new PluginLoadException("connector name '" + name + "' is already provided by plugin '" + owner + "'");
        }
        if (!namesInPlugin.add(name)) {
            throw new PluginLoadException("connector name '" + name + "' is provided twice by plugin '" + pluginId + "'");
        }
    }

    private static ConnectorInfo info(ConnectorFactory factory, ConnectorKind kind) {
        return new ConnectorInfo(factory.name(), kind, orEmpty(factory.description()));
    }

    private static void failIfNotUsable(PluginWrapper plugin, String what) {
        Throwable failure = plugin.getFailedException();
        if (failure != null) {
            throw new PluginLoadException("plugin " + plugin.getPluginId() + " " + what, failure);
        }
        if (plugin.getPluginState() == PluginState.DISABLED) {
            throw new PluginLoadException("plugin " + plugin.getPluginId() + " is disabled");
        }
    }

    /** Zips and jars, plus directories that are not the expansion of a zip next to them; in file-name order. */
    private List<Path> candidates(List<PluginFailure> failed) {
        if (!Files.isDirectory(pluginsDirectory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(pluginsDirectory)) {
            return entries
                    .filter(path -> PluginArchives.isZip(path) || PluginArchives.isJar(path)
                            || Files.isDirectory(path) && !Files.exists(path.resolveSibling(path.getFileName() + ".zip")))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            failed.add(new PluginFailure(pluginsDirectory.toString(), "cannot list the plugins directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static List<String> stamp(List<Path> candidates) {
        List<String> stamp = new ArrayList<>();
        for (Path candidate : candidates) {
            try {
                stamp.add(candidate.getFileName() + " " + Files.size(candidate) + " "
                        + Files.getLastModifiedTime(candidate).toMillis());
            } catch (IOException e) {
                // gone or unreadable since it was listed: as good as changed, and the next load will say why
                stamp.add(candidate.getFileName() + " unreadable");
            }
        }
        return stamp;
    }

    private Set<String> loadedPluginIds() {
        Set<String> ids = new HashSet<>();
        pluginManager.getPlugins().forEach(plugin -> ids.add(plugin.getPluginId()));
        return ids;
    }

    private void unloadNewPlugins(Set<String> idsBefore, List<PluginFailure> failed, Path candidate) {
        for (String pluginId : loadedPluginIds()) {
            if (idsBefore.contains(pluginId)) {
                continue;
            }
            try {
                if (pluginManager.getPlugin(pluginId).getPluginState() == PluginState.STARTED) {
                    pluginManager.stopPlugin(pluginId);
                }
                pluginManager.unloadPlugin(pluginId);
            } catch (RuntimeException e) {
                failed.add(new PluginFailure(candidate.getFileName().toString(),
                        "cannot unload after the failure: " + Reasons.describe(e)));
            }
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
