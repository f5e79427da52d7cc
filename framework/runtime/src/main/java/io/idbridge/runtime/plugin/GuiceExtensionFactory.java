package io.idbridge.runtime.plugin;

import static java.util.Objects.requireNonNull;

import com.google.inject.Injector;
import com.google.inject.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Builds extensions through Guice: one child injector of the host injector per plugin, created on first use and
 * dropped when the plugin stops or unloads. Every extension class of the plugin is bound explicitly in the child, so
 * the binding lives (and dies) with the plugin instead of being cached just-in-time in the host injector, which would
 * keep the plugin's class loader alive. A plugin class that implements {@link Module} contributes its own bindings.
 */
final class GuiceExtensionFactory implements ExtensionFactory {
    private final PluginManager pluginManager;
    private final Supplier<Injector> hostInjector;
    private final Map<String, Injector> injectorsByPlugin = new ConcurrentHashMap<>();

    GuiceExtensionFactory(PluginManager pluginManager, Supplier<Injector> hostInjector) {
        this.pluginManager = requireNonNull(pluginManager, "pluginManager is null");
        this.hostInjector = requireNonNull(hostInjector, "hostInjector is null");
        pluginManager.addPluginStateListener(event -> {
            PluginState state = event.getPluginState();
            if (state == PluginState.STOPPED || state == PluginState.UNLOADED || state == PluginState.FAILED) {
                injectorsByPlugin.remove(event.getPlugin().getPluginId());
            }
        });
    }

    /**
     * Creates a new instance of the extension class; extensions are not singletons unless the plugin binds them so.
     *
     * @throws com.google.inject.ConfigurationException or {@link com.google.inject.ProvisionException} when Guice
     *     cannot build the extension; {@link PluginRuntimeException} when an extension class cannot be loaded
     */
    @Override
    public <T> T create(Class<T> extensionClass) {
        PluginWrapper plugin = pluginManager.whichPlugin(extensionClass);
        if (plugin == null) {
            return hostInjector.get().getInstance(extensionClass);
        }
        Injector injector = injectorsByPlugin.computeIfAbsent(plugin.getPluginId(), id -> createPluginInjector(plugin));
        return injector.getInstance(extensionClass);
    }

    private Injector createPluginInjector(PluginWrapper plugin) {
        List<Module> modules = new ArrayList<>();
        if (plugin.getPlugin() instanceof Module pluginModule) {
            modules.add(pluginModule);
        }
        List<Class<?>> extensionClasses = new ArrayList<>();
        for (String className : pluginManager.getExtensionClassNames(plugin.getPluginId())) {
            try {
                extensionClasses.add(plugin.getPluginClassLoader().loadClass(className));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PluginRuntimeException(e, "Cannot load extension class {}", className);
            }
        }
        modules.add(binder -> extensionClasses.forEach(binder::bind));
        return hostInjector.get().createChildInjector(modules);
    }
}
