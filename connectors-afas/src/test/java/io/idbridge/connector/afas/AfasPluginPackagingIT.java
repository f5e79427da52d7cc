package io.idbridge.connector.afas;

import io.idbridge.testkit.plugin.PluginPackagingContract;
import java.util.Set;

/** Loads the built afas plugin zip through the real plugin runtime: one zip, the source and both write-backs. */
class AfasPluginPackagingIT extends PluginPackagingContract {
    @Override
    protected Set<String> expectedConnectorNames() {
        return Set.of("afas", "afas-users", "afas-employees");
    }
}
