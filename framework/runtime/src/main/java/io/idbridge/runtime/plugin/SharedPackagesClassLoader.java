package io.idbridge.runtime.plugin;

import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin class loader that always takes the {@link HostPackages} from the host. PF4J's own order (plugin, its
 * dependencies, then the application) would otherwise load a stray SPI or jakarta.inject jar from the plugin's
 * {@code lib/}, and the plugin's extensions would silently stop matching the host's extension points.
 */
final class SharedPackagesClassLoader extends PluginClassLoader {
    SharedPackagesClassLoader(PluginManager pluginManager, PluginDescriptor descriptor, ClassLoader parent) {
        super(pluginManager, descriptor, parent);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        return HostPackages.isShared(className);
    }
}
