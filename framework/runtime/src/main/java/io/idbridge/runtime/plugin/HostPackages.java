package io.idbridge.runtime.plugin;

import java.util.List;

/**
 * The packages every plugin shares with the host. A plugin must see the host's copy of these classes: the SPI because
 * the host calls the plugin through it, Guice and jakarta.inject because the host builds the plugin's extensions, and
 * SLF4J so that every plugin logs through the host's Logback.
 */
public final class HostPackages {
    /** Package prefixes, each ending with a dot. */
    public static final List<String> PREFIXES = List.of(
            "io.idbridge.spi.", "org.pf4j.", "org.slf4j.", "com.google.inject.", "jakarta.inject.");

    private HostPackages() {
    }

    /** Whether the class or resource-derived class name belongs to a package the host shares. */
    public static boolean isShared(String className) {
        for (String prefix : PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
