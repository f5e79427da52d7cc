package io.idbridge.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.runtime.plugin.PluginRuntime;
import io.idbridge.runtime.testing.TestPlugins;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptPluginsTest {
    @TempDir
    Path plugins;

    @Test
    void syncsShareThePluginsUntilTheDirectoryChangesAndTheReplacedOnesAreUnloadedWhenNoSessionUsesThem() {
        TestPlugins.plugin("alpha").source("alpha-hr").writeZip(plugins);
        try (KeptPlugins kept = new KeptPlugins()) {
            PluginRuntime first = kept.take(plugins);
            kept.giveBack(first);
            PluginRuntime second = kept.take(plugins);
            assertThat(second).isSameAs(first);
            assertThat(second.sourceFactory("alpha-hr")).as("given back, but kept").isPresent();

            TestPlugins.plugin("gamma").source("gamma-hr").writeZip(plugins);
            PluginRuntime third = kept.take(plugins);
            assertThat(third).isNotSameAs(first);
            assertThat(third.sourceFactory("gamma-hr")).isPresent();
            assertThat(first.sourceFactory("alpha-hr")).as("a session still runs on them").isPresent();

            kept.giveBack(second);
            assertThat(first.sourceFactory("alpha-hr")).as("unloaded with the last session").isEmpty();
            kept.giveBack(third);
            assertThat(third.sourceFactory("gamma-hr")).isPresent();
        }
    }

    @Test
    void closingUnloadsTheKeptPluginsOnceTheirLastSessionGivesThemBack() {
        TestPlugins.plugin("alpha").source("alpha-hr").writeZip(plugins);
        KeptPlugins kept = new KeptPlugins();
        PluginRuntime taken = kept.take(plugins);

        kept.close();
        assertThat(taken.sourceFactory("alpha-hr")).isPresent();
        kept.giveBack(taken);
        assertThat(taken.sourceFactory("alpha-hr")).isEmpty();
    }
}
