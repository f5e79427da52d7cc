package io.idbridge.connector.csv;

import io.idbridge.testkit.plugin.PluginPackagingContract;
import java.util.Set;

/** Loads the built source-csv zip through the real plugin runtime. */
class CsvPluginPackagingIT extends PluginPackagingContract {
    @Override
    protected Set<String> expectedConnectorNames() {
        return Set.of(CsvSourceConnectorFactory.NAME);
    }
}
