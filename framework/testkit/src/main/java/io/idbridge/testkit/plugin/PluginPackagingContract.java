package io.idbridge.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.runtime.plugin.ConnectorInfo;
import io.idbridge.runtime.plugin.LoadedPlugin;
import io.idbridge.runtime.plugin.PluginRuntime;
import io.idbridge.spi.ConnectorFactory;
import io.idbridge.spi.source.SourceConnectorFactory;
import io.idbridge.spi.target.TargetConnectorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;

/**
 * Loads a plugin's built zip through the real {@link PluginRuntime}, as the distribution will. Each plugin module
 * subclasses it as {@code <X>PluginPackagingIT} (failsafe runs it after {@code package} and sets the system property
 * {@code idbridge.plugin.zip}) and names the connectors it must contribute.
 */
public abstract class PluginPackagingContract {
    /** Jar name prefixes that must never be in a plugin's lib/: the host provides them, a copy breaks the plugin. */
    private static final List<String> FORBIDDEN_LIBRARIES = List.of(
            "idbridge-spi", "pf4j", "guice", "jakarta.inject", "slf4j-api");

    @TempDir
    Path pluginsDirectory;

    private PluginRuntime runtime;

    /** Every connector name the plugin must contribute, sources and targets together. */
    protected abstract Set<String> expectedConnectorNames();

    /** The built plugin zip; by default the system property {@code idbridge.plugin.zip}. */
    protected Path pluginZip() {
        String property = System.getProperty("idbridge.plugin.zip");
        assertThat(property).as("system property idbridge.plugin.zip (set by plugins/pom.xml for failsafe)").isNotBlank();
        return Path.of(property);
    }

    @BeforeEach
    void loadThePlugin() throws IOException {
        Path zip = pluginZip();
        assertThat(zip).as("the built plugin zip").isRegularFile();
        Files.copy(zip, pluginsDirectory.resolve(zip.getFileName()));
        runtime = PluginRuntime.load(pluginsDirectory);
    }

    @AfterEach
    void unloadThePlugin() {
        runtime.close();
    }

    @Test
    public void pluginLoadsWithoutFailure() {
        assertThat(runtime.report().failed()).as("plugins that failed to load").isEmpty();
        assertThat(runtime.report().loaded()).hasSize(1);
    }

    @Test
    public void pluginContributesExactlyTheExpectedConnectors() {
        List<String> names = new ArrayList<>();
        for (LoadedPlugin plugin : runtime.report().loaded()) {
            plugin.connectors().stream().map(ConnectorInfo::name).forEach(names::add);
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(expectedConnectorNames());
    }

    @Test
    public void libraryDirectoryHoldsNoHostProvidedJars() throws IOException {
        List<String> forbidden = new ArrayList<>();
        try (ZipFile zip = new ZipFile(pluginZip().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith("lib/") && isForbidden(name.substring("lib/".length()))) {
                    forbidden.add(name);
                }
            }
        }
        assertThat(forbidden).as("jars in lib/ that the host provides").isEmpty();
    }

    @Test
    public void pluginClassesComeFromThePluginAndTheSpiFromTheHost() {
        List<ConnectorFactory> factories = new ArrayList<>();
        factories.addAll(runtime.sourceFactories());
        factories.addAll(runtime.targetFactories());
        for (ConnectorFactory factory : factories) {
            assertThat(factory.getClass().getClassLoader())
                    .as("class loader of " + factory.getClass().getName())
                    .isInstanceOf(PluginClassLoader.class);
        }
        assertThat(SourceConnectorFactory.class.getClassLoader()).isNotInstanceOf(PluginClassLoader.class);
        assertThat(TargetConnectorFactory.class.getClassLoader()).isNotInstanceOf(PluginClassLoader.class);
        assertThat(SourceConnectorFactory.class.getClassLoader()).isSameAs(ClassLoader.getSystemClassLoader());
    }

    private static boolean isForbidden(String jarName) {
        String lower = jarName.toLowerCase(Locale.ROOT);
        return FORBIDDEN_LIBRARIES.stream().anyMatch(prefix -> lower.startsWith(prefix + "-") || lower.startsWith(prefix + "."));
    }
}
