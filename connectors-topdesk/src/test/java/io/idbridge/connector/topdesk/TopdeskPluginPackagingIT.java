package io.idbridge.connector.topdesk;

import io.idbridge.testkit.plugin.PluginPackagingContract;
import java.util.Set;

/** Loads the built topdesk plugin zip through the real plugin runtime: one zip, the target and the source. */
class TopdeskPluginPackagingIT extends PluginPackagingContract {
    @Override
    protected Set<String> expectedConnectorNames() {
        return Set.of("topdesk", "topdesk-source");
    }
}
