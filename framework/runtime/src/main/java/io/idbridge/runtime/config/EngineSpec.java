package io.idbridge.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValueType;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.config.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The engine's own keys under {@code idbridge}, declared like a connector's so that they are checked and documented. */
public final class EngineSpec {
    /** The one top-level key of the configuration. */
    public static final String ROOT = "idbridge";

    public static final ConfigSpec SPEC = ConfigSpec.builder()
            .optional("state.url", ConfigType.STRING, "jdbc:sqlite:data/idbridge.db",
                    "JDBC URL of the state store: jdbc:sqlite:<file> (embedded, the default) or "
                            + "jdbc:postgresql://host/database. A relative SQLite file is relative to the home directory.",
                    EngineSpec::checkStateUrl)
            .optional("state.user", ConfigType.STRING, null, "Database user for PostgreSQL, when not in the URL.")
            .optional("state.password", ConfigType.SECRET, null, "Database password for PostgreSQL, e.g. ${?IDBRIDGE_DB_PASSWORD}.")
            .optional("data-dir", ConfigType.STRING, "data",
                    "Directory for files the engine writes (reports, the embedded database); relative to the home directory.")
            .optional("plugins.dir", ConfigType.STRING, "plugins",
                    "Directory with connector plugin zips; relative to the home directory. PF4J expands each zip next to it, "
                            + "so it must be writable.")
            .optional("schedule", ConfigType.STRING, null,
                    "Cron expression (seconds minutes hours day-of-month month day-of-week [year]) on which "
                            + "`idbridge run` syncs, e.g. \"0 */30 6-20 * * ?\". Without it, `run` refuses to start.",
                    EngineSpec::checkCron)
            .optional("admin.token", ConfigType.SECRET, null,
                    "Bearer token of the daemon's admin HTTP endpoint (health, readiness, Prometheus metrics); "
                            + "e.g. ${?IDBRIDGE_ADMIN_TOKEN}. Without it `idbridge run` serves no endpoint.")
            .optional("admin.bind", ConfigType.STRING, "127.0.0.1",
                    "Address the admin endpoint listens on; loopback by default, reach it through SSH.")
            .optional("admin.port", ConfigType.INT, 8089, "Port of the admin endpoint.", Validator.between(0, 65535))
            .optional("ha.lease-ttl", ConfigType.DURATION, Duration.ofSeconds(30),
                    "With a PostgreSQL store, several daemons may share it: the one holding the lease syncs and renews "
                            + "it every third of this time. When it dies, another takes over at most 4/3 of this "
                            + "time later and finishes the interrupted run.", Validator.positiveDuration())
            .build();

    private EngineSpec() {
    }

    /**
     * Binds the engine settings from the resolved root; reports unknown keys under {@code idbridge} except
     * {@code ownedElsewhere} (sources, targets and the sections' keys) and any top-level key other than {@code idbridge}.
     */
    public static Optional<EngineSettings> bind(Config root, Path home, Set<String> ownedElsewhere,
                                                ProblemCollector problems) {
        int problemsBefore = problems.size();
        root.root().forEach((key, value) -> {
            if (!key.equals(ROOT)) {
                problems.add(key, "unknown top-level key " + key + Suggestions.hint(key, Set.of(ROOT))
                        + " (everything lives under idbridge { ... })", value.origin());
            }
        });
        if (!root.hasPath(ROOT) || root.getValue(ROOT).valueType() != ConfigValueType.OBJECT) {
            problems.add(new ConfigProblem(ROOT, "missing the idbridge { ... } section", Origins.describe(root.origin())));
            return Optional.empty();
        }
        Config engine = root.getConfig(ROOT);
        Optional<ConnectorConfig> bound = SpecBinder.bind(engine, ROOT, root.getValue(ROOT).origin(), SPEC,
                ownedElsewhere, problems);
        if (bound.isEmpty() || problems.size() != problemsBefore) {
            return Optional.empty();
        }
        ConnectorConfig values = bound.get();
        return Optional.of(new EngineSettings(
                resolveSqlite(values.getString("state.url"), home),
                values.find("state.user", String.class),
                values.find("state.password", Secret.class),
                home.resolve(values.getString("data-dir")).normalize(),
                home.resolve(values.getString("plugins.dir")).normalize(),
                values.find("schedule", String.class),
                values.find("admin.token", Secret.class).map(token -> new EngineSettings.Admin(
                        values.getString("admin.bind"), values.getInt("admin.port"), token)),
                values.getDuration("ha.lease-ttl")));
    }

    /** The plugins directory alone, for commands that must work even when the rest of the config is broken. */
    public static Path pluginsDirectory(Optional<Config> root, Path home) {
        String directory = root
                .filter(config -> hasString(config, ROOT + ".plugins.dir"))
                .map(config -> config.getString(ROOT + ".plugins.dir"))
                .orElse("plugins");
        return home.resolve(directory).normalize();
    }

    private static boolean hasString(Config config, String path) {
        try {
            return config.hasPath(path) && config.getValue(path).valueType() == ConfigValueType.STRING;
        } catch (ConfigException e) {
            return false;
        }
    }

    static String resolveSqlite(String url, Path home) {
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        String file = url.substring(prefix.length());
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:") || Path.of(file).isAbsolute()) {
            return url;
        }
        return prefix + home.resolve(file).normalize();
    }

    private static Optional<String> checkStateUrl(Object value) {
        String url = (String) value;
        return url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:postgresql:")
                ? Optional.empty()
                : Optional.of("must start with jdbc:sqlite: or jdbc:postgresql:");
    }

    private static Optional<String> checkCron(Object value) {
        return Schedule.problem(value);
    }
}
