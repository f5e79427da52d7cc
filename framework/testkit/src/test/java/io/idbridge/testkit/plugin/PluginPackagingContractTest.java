package io.idbridge.testkit.plugin;

import io.idbridge.runtime.testing.TestPlugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Runs the packaging contract against a plugin built from source, as a plugin module runs it against its zip. */
class PluginPackagingContractTest extends PluginPackagingContract {
    private static final Path ZIP = build();

    @Override
    protected Set<String> expectedConnectorNames() {
        return Set.of("sample-hr", "sample-directory");
    }

    @Override
    protected Path pluginZip() {
        return ZIP;
    }

    private static Path build() {
        try {
            return TestPlugins.plugin("sample").source("sample-hr").target("sample-directory", "", "")
                    .writeZip(Files.createTempDirectory("packaging-contract"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
