package io.idbridge.runtime.plugin;

import static java.util.Objects.requireNonNull;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginWrapper;

/**
 * PF4J's default manager (zip and jar plugins from one directory) with two changes: extensions are built by a
 * {@link GuiceExtensionFactory}, and plugin class loaders share the {@link HostPackages} with the host.
 * Development mode is not supported: plugins always come from built archives.
 */
final class IdBridgePluginManager extends DefaultPluginManager {
    private final Injector hostInjector;

    IdBridgePluginManager(Path pluginsDirectory, Injector hostInjector) {
        super(List.of(pluginsDirectory));
        // super() already called createExtensionFactory(); the factory reads this field through a supplier, later
        this.hostInjector = requireNonNull(hostInjector, "hostInjector is null");
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new GuiceExtensionFactory(this, () -> hostInjector);
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return new SharedPackagesClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                })
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                        return new SharedPackagesClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                });
    }

    /** Stops started plugins one at a time, then unloads all; {@code stopPlugins()} fails on pf4j 3.15.0 (pf4j#656). */
    void stopAndUnloadAll() {
        for (PluginWrapper plugin : new ArrayList<>(getStartedPlugins())) {
            stopPlugin(plugin.getPluginId());
        }
        unloadPlugins();
    }
}
