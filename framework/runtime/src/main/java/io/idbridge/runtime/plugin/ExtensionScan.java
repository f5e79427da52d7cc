package io.idbridge.runtime.plugin;

import io.idbridge.spi.source.SourceConnectorFactory;
import io.idbridge.spi.target.TargetConnectorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Checks a plugin's extension index before PF4J instantiates it. PF4J logs and skips an extension class that cannot
 * be loaded, or that implements a different copy of the SPI (an SPI jar in the plugin's {@code lib/}); here both are
 * plugin failures with the reason.
 */
final class ExtensionScan {
    private final String pluginId;
    private final List<String> extensionClassNames;

    private ExtensionScan(String pluginId, List<String> extensionClassNames) {
        this.pluginId = pluginId;
        this.extensionClassNames = extensionClassNames;
    }

    static ExtensionScan of(PluginManager pluginManager, PluginWrapper plugin) {
        Set<String> classNames = pluginManager.getExtensionClassNames(plugin.getPluginId());
        List<String> connectorClasses = new ArrayList<>();
        for (String className : classNames) {
            Class<?> extensionClass = load(plugin, className);
            boolean source = SourceConnectorFactory.class.isAssignableFrom(extensionClass);
            boolean target = TargetConnectorFactory.class.isAssignableFrom(extensionClass);
            if (!source && !target) {
                throw new PluginLoadException("extension " + className + " implements neither the host's "
                        + "SourceConnectorFactory nor its TargetConnectorFactory (does the plugin bundle the SPI in lib/?)");
            }
            connectorClasses.add(className);
        }
        return new ExtensionScan(plugin.getPluginId(), connectorClasses);
    }

    /** Fails when PF4J built fewer extensions than the index declares. */
    void checkAllFound(int built) {
        if (built < extensionClassNames.size()) {
            throw new PluginLoadException("plugin " + pluginId + " declares " + extensionClassNames.size()
                    + " extensions but only " + built + " could be built: " + extensionClassNames);
        }
    }

    private static Class<?> load(PluginWrapper plugin, String className) {
        try {
            return Class.forName(className, false, plugin.getPluginClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginLoadException("extension class " + className + " cannot be loaded", e);
        }
    }
}
