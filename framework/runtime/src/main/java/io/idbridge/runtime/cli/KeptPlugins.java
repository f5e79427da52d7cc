package io.idbridge.runtime.cli;

import io.idbridge.runtime.plugin.PluginRuntime;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The daemon's plugins, kept from sync to sync while the plugins directory is unchanged. Loading them for every sync
 * cost up to a second, and each sync then ran the connectors' code cold: in the enforcement benchmark the JIT
 * compilers took a third of both cores while a freshly loaded HelloID plugin ran. A zip added, removed or swapped is
 * loaded by the next sync, as before; the plugins it replaces are unloaded once no session uses them (the last valid
 * configuration may still run on them while an edit is invalid).
 */
final class KeptPlugins implements PluginSupply, AutoCloseable {
    private final Map<PluginRuntime, Integer> takers = new IdentityHashMap<>();
    private PluginRuntime kept;

    @Override
    public synchronized PluginRuntime take(Path pluginsDirectory) {
        Path wanted = pluginsDirectory.toAbsolutePath().normalize();
        if (kept != null && (!kept.pluginsDirectory().equals(wanted) || kept.changedOnDisk())) {
            LoggerFactory.getLogger(KeptPlugins.class).info("the plugins in {} changed; loading them again", wanted);
            PluginRuntime replaced = kept;
            kept = null;
            closeIfUnused(replaced);
        }
        if (kept == null) {
            kept = PluginRuntime.load(wanted);
        }
        takers.merge(kept, 1, Integer::sum);
        return kept;
    }

    @Override
    public synchronized void giveBack(PluginRuntime plugins) {
        takers.computeIfPresent(plugins, (runtime, count) -> count == 1 ? null : count - 1);
        closeIfUnused(plugins);
    }

    /** Unloads the kept plugins once the sessions still using them are closed. */
    @Override
    public synchronized void close() {
        PluginRuntime last = kept;
        kept = null;
        if (last != null) {
            closeIfUnused(last);
        }
    }

    private void closeIfUnused(PluginRuntime plugins) {
        if (plugins != kept && !takers.containsKey(plugins)) {
            plugins.close();
        }
    }
}
