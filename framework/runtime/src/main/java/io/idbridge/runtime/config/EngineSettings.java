package io.idbridge.runtime.config;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The engine's own settings from {@code idbridge { ... }}; relative paths are already resolved against the home
 * directory (the installation directory for {@code bin/idbridge}).
 *
 * @param stateUrl JDBC URL of the state store; a relative SQLite file is resolved against the home directory
 * @param stateUser database user, when the database needs one
 * @param statePassword database password; masked in {@link #toString()}
 * @param schedule cron expression for {@code idbridge run}, when set
 * @param admin the daemon's admin HTTP endpoint, when a token is configured
 * @param leaseTtl how long the daemons' lease lasts unrenewed (PostgreSQL stores shared by several daemons)
 */
public record EngineSettings(String stateUrl, Optional<String> stateUser, Optional<Secret> statePassword,
                             Path dataDirectory, Path pluginsDirectory, Optional<String> schedule,
                             Optional<Admin> admin, Duration leaseTtl) {
    /**
     * The daemon's admin HTTP endpoint.
     *
     * @param bind the address it listens on; loopback unless an administrator opens it deliberately
     * @param token the bearer token every request but the health checks needs
     */
    public record Admin(String bind, int port, Secret token) {
        public Admin {
            requireNonNull(bind, "bind is null");
            requireNonNull(token, "token is null");
        }
    }

    public EngineSettings {
        requireNonNull(stateUrl, "stateUrl is null");
        requireNonNull(stateUser, "stateUser is null");
        requireNonNull(statePassword, "statePassword is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(pluginsDirectory, "pluginsDirectory is null");
        requireNonNull(schedule, "schedule is null");
        requireNonNull(admin, "admin is null");
        requireNonNull(leaseTtl, "leaseTtl is null");
    }
}
