package io.idbridge.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one HOCON file: {@code include} is allowed (relative to the file), {@code ${?ENV}} substitutions come from
 * the environment, and everything is resolved. System properties are not merged in: the file is the whole config.
 */
public final class HoconLoader {
    private HoconLoader() {
    }

    /** The resolved config, or empty with the problem (syntax error, missing file, unresolved variable) collected. */
    public static Optional<Config> load(Path file, ProblemCollector problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new ConfigProblem("", "config file not found", file.toString()));
            return Optional.empty();
        }
        try {
            ConfigParseOptions options = ConfigParseOptions.defaults()
                    .setSyntax(ConfigSyntax.CONF)
                    .setAllowMissing(false);
            Config parsed = ConfigFactory.parseFile(file.toFile(), options);
            return Optional.of(parsed.resolve(ConfigResolveOptions.defaults().setUseSystemEnvironment(true)));
        } catch (ConfigException.UnresolvedSubstitution e) {
            problems.add(new ConfigProblem("", withoutOrigin(e) + " (set the environment variable or use ${?NAME})",
                    Origins.describe(e.origin())));
        } catch (ConfigException e) {
            problems.add(new ConfigProblem("", withoutOrigin(e), Origins.describe(e.origin())));
        }
        return Optional.empty();
    }

    /** Typesafe prefixes messages with the origin; the problem carries the origin separately. */
    private static String withoutOrigin(ConfigException exception) {
        String message = exception.getMessage();
        if (exception.origin() != null) {
            String prefix = exception.origin().description() + ": ";
            if (message.startsWith(prefix)) {
                return message.substring(prefix.length());
            }
        }
        return message;
    }
}
