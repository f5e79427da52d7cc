package io.idbridge.connector.helloid;

import io.idbridge.testkit.plugin.PluginPackagingContract;
import java.util.Set;

/** Loads the built helloid plugin zip through the real plugin runtime. */
class HelloIdPluginPackagingIT extends PluginPackagingContract {
    @Override
    protected Set<String> expectedConnectorNames() {
        return Set.of("helloid");
    }
}
