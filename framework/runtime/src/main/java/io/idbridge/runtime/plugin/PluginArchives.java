package io.idbridge.runtime.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/** File checks on plugin archives, done before PF4J sees them: PF4J logs an unreadable zip and skips it silently. */
final class PluginArchives {
    private PluginArchives() {
    }

    static boolean isZip(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    /** Opens the archive and reads every entry header, so a truncated or foreign file fails here, by name. */
    static void checkReadable(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry("plugin.properties") == null && file.getEntry("META-INF/MANIFEST.MF") == null) {
                throw new PluginLoadException("the archive has no plugin.properties (is it a plugin?)");
            }
        } catch (IOException e) {
            throw new PluginLoadException("not a readable zip archive: " + e.getMessage(), e);
        }
    }
}
