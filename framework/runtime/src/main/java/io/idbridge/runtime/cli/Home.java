package io.idbridge.runtime.cli;

import java.nio.file.Path;

/** The installation directory ({@code -Didbridge.home}, set by {@code bin/idbridge}) or the working directory. */
final class Home {
    static final String PROPERTY = "idbridge.home";

    private Home() {
    }

    static Path directory() {
        String home = System.getProperty(PROPERTY);
        return Path.of(home == null || home.isBlank() ? "" : home).toAbsolutePath().normalize();
    }

    /** The given file as the user wrote it, or the default {@code conf/idbridge.conf} under the home directory. */
    static Path configFile(Path given) {
        return given != null ? given : directory().resolve("conf").resolve("idbridge.conf");
    }
}
