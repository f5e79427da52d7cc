package io.idbridge.runtime.plugin;

import java.util.List;

/** What happened when the plugins directory was loaded: every candidate is either loaded or failed. */
public record PluginReport(List<LoadedPlugin> loaded, List<PluginFailure> failed) {
    public PluginReport {
        loaded = List.copyOf(loaded);
        failed = List.copyOf(failed);
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }
}
