package io.idbridge.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idbridge.runtime.testing.TestPlugins;
import io.idbridge.spi.source.SourceConnectorFactory;
import io.idbridge.spi.target.TargetConnectorFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;

class PluginRuntimeTest {
    @TempDir
    Path plugins;

    @Test
    void loadsEveryConnectorOfAPluginWithItsMetadata() {
        TestPlugins.plugin("alpha").source("alpha-hr").target("alpha-ad", "", "").writeZip(plugins);

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            assertThat(runtime.report().failed()).isEmpty();
            LoadedPlugin plugin = runtime.report().loaded().get(0);
            assertThat(plugin.id()).isEqualTo("alpha");
            assertThat(plugin.version()).isEqualTo("1.2.3");
            assertThat(plugin.provider()).isEqualTo("Tests");
            assertThat(plugin.connectors()).containsExactly(
                    new ConnectorInfo("alpha-hr", ConnectorKind.SOURCE, "Test source alpha-hr."),
                    new ConnectorInfo("alpha-ad", ConnectorKind.TARGET, "Test target alpha-ad."));
            assertThat(runtime.sourceFactory("alpha-hr")).isPresent();
            assertThat(runtime.targetFactory("alpha-ad")).isPresent();
            assertThat(runtime.targetFactory("alpha-hr")).isEmpty();
        }
    }

    @Test
    void changedOnDiskOnceAnArchiveIsAddedRemovedOrRewritten() throws Exception {
        TestPlugins.plugin("alpha").source("alpha-hr").writeZip(plugins);
        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            // PF4J expanded alpha.zip into alpha/ while loading: that is not a change
            assertThat(plugins.resolve("alpha")).isDirectory();
            assertThat(runtime.changedOnDisk()).isFalse();

            TestPlugins.plugin("gamma").source("gamma-hr").writeZip(plugins);
            assertThat(runtime.changedOnDisk()).isTrue();
            Files.delete(plugins.resolve("gamma.zip"));
            assertThat(runtime.changedOnDisk()).isFalse();

            Path alpha = plugins.resolve("alpha.zip");
            Files.setLastModifiedTime(alpha, java.nio.file.attribute.FileTime.fromMillis(
                    Files.getLastModifiedTime(alpha).toMillis() + 60_000));
            assertThat(runtime.changedOnDisk()).isTrue();
        }
    }

    @Test
    void pluginClassesComeFromThePluginAndTheSpiFromTheHost() {
        TestPlugins.plugin("alpha").target("alpha-ad", "", "").writeZip(plugins);

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            TargetConnectorFactory factory = runtime.targetFactory("alpha-ad").orElseThrow();
            assertThat(factory.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
            assertThat(TargetConnectorFactory.class.getClassLoader()).isNotInstanceOf(PluginClassLoader.class);
        }
    }

    @Test
    void corruptZipIsReportedByNameWhileTheOthersLoad() {
        TestPlugins.plugin("alpha").target("alpha-ad", "", "").writeZip(plugins);
        TestPlugins.writeCorruptZip(plugins, "broken.zip");
        TestPlugins.plugin("gamma").source("gamma-hr").writeZip(plugins);

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            assertThat(runtime.report().loaded()).extracting(LoadedPlugin::id).containsExactly("alpha", "gamma");
            assertThat(runtime.report().failed()).singleElement().satisfies(failure -> {
                assertThat(failure.fileName()).isEqualTo("broken.zip");
                assertThat(failure.reason()).startsWith("not a readable zip archive");
            });
        }
    }

    @Test
    void extensionThatCannotBeBuiltFailsOnlyItsPlugin() {
        TestPlugins.plugin("alpha").target("alpha-ad", "", "").writeZip(plugins);
        TestPlugins.plugin("beta").target("beta-ad", "throw new IllegalStateException(\"no licence file\");", "")
                .writeZip(plugins);

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            assertThat(runtime.report().loaded()).extracting(LoadedPlugin::id).containsExactly("alpha");
            assertThat(runtime.report().failed()).singleElement().satisfies(failure -> {
                assertThat(failure.fileName()).isEqualTo("beta.zip");
                assertThat(failure.reason()).contains("no licence file");
            });
            assertThat(runtime.targetFactory("beta-ad")).isEmpty();
        }
    }

    @Test
    void duplicateConnectorNameFailsTheLaterPlugin() {
        TestPlugins.plugin("alpha").target("directory", "", "").writeZip(plugins);
        TestPlugins.plugin("beta").target("directory", "", "").source("beta-hr").writeZip(plugins);

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            assertThat(runtime.report().loaded()).extracting(LoadedPlugin::id).containsExactly("alpha");
            assertThat(runtime.report().failed()).singleElement().satisfies(failure -> {
                assertThat(failure.fileName()).isEqualTo("beta.zip");
                assertThat(failure.reason()).isEqualTo("connector name 'directory' is already provided by plugin 'alpha'");
            });
            assertThat(runtime.sourceFactory("beta-hr")).isEmpty();
        }
    }

    @Test
    void extensionClassThatIsNoConnectorFactoryFailsItsPlugin() {
        TestPlugins.plugin("alpha").extension("package test.alpha; public class Helper implements org.pf4j.ExtensionPoint { }")
                .writeZip(plugins);

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            assertThat(runtime.report().failed()).singleElement().satisfies(failure ->
                    assertThat(failure.reason()).contains("test.alpha.Helper implements neither"));
        }
    }

    @Test
    void sharedPackagesInAPluginsLibAreTakenFromTheHost() throws URISyntaxException {
        Path spiJar = Path.of(SourceConnectorFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(Files.isRegularFile(spiJar), "the SPI is a jar on this classpath");
        TestPlugins.plugin("alpha").source("alpha-hr").library(spiJar).writeZip(plugins);

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            assertThat(runtime.report().failed()).isEmpty();
            assertThat(runtime.sourceFactory("alpha-hr")).isPresent();
        }
    }

    @Test
    void missingPluginsDirectoryLoadsNothing() {
        try (PluginRuntime runtime = PluginRuntime.load(plugins.resolve("absent"))) {
            assertThat(runtime.report().loaded()).isEmpty();
            assertThat(runtime.report().failed()).isEmpty();
        }
    }

    @Test
    void aSecondLoadOfTheSameDirectoryReusesTheExpandedPlugins() {
        TestPlugins.plugin("alpha").target("alpha-ad", "", "").writeZip(plugins);
        PluginRuntime.load(plugins).close();

        try (PluginRuntime runtime = PluginRuntime.load(plugins)) {
            assertThat(Files.isDirectory(plugins.resolve("alpha"))).isTrue();
            assertThat(runtime.report().failed()).isEmpty();
            assertThat(runtime.report().loaded()).extracting(LoadedPlugin::id).containsExactly("alpha");
        }
    }
}
