package io.idbridge.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.spi.config.ConfigKey;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Converts one HOCON value to the Java type its {@link ConfigType} promises, or reports what was expected. */
final class ValueBinder {
    private ValueBinder() {
    }

    /** The bound value, or empty with a problem collected. The message never contains a secret's value. */
    static Optional<Object> convert(Config block, ConfigKey key, String fullPath, ProblemCollector problems) {
        ConfigValue raw = block.getValue(key.name());
        try {
            Object value = switch (key.type()) {
                case STRING -> scalarString(block, key);
                case SECRET -> new Secret(scalarString(block, key));
                case INT -> block.getInt(key.name());
                case LONG -> block.getLong(key.name());
                case DOUBLE -> block.getDouble(key.name());
                case BOOLEAN -> block.getBoolean(key.name());
                case DURATION -> block.getDuration(key.name());
                case URL -> url(scalarString(block, key));
                case LIST -> List.copyOf(block.getStringList(key.name()));
            };
            return Optional.of(value);
        } catch (ConfigException | IllegalArgumentException e) {
            problems.add(fullPath, "expected " + expectation(key.type()) + ", got " + shown(raw, key), raw.origin());
            return Optional.empty();
        }
    }

    private static String scalarString(Config block, ConfigKey key) {
        ConfigValueType type = block.getValue(key.name()).valueType();
        if (type == ConfigValueType.OBJECT || type == ConfigValueType.LIST) {
            throw new IllegalArgumentException("not a scalar");
        }
        return block.getString(key.name());
    }

    private static String url(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return text;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL", e);
        }
    }

    static String expectation(ConfigType type) {
        return switch (type) {
            case STRING -> "a string";
            case SECRET -> "a secret string (e.g. ${?MY_SECRET})";
            case INT -> "an int (a whole number)";
            case LONG -> "a long (a whole number)";
            case DOUBLE -> "a number";
            case BOOLEAN -> "a boolean (true or false)";
            case DURATION -> "a duration such as 30s, 5m or 2h";
            case URL -> "an absolute http or https URL";
            case LIST -> "a list of strings such as [\"a\", \"b\"]";
        };
    }

    /** The actual value for plain scalars, only its kind for secrets and structures. */
    private static String shown(ConfigValue raw, ConfigKey key) {
        String kind = raw.valueType().name().toLowerCase(Locale.ROOT);
        if (key.secret() || raw.valueType() == ConfigValueType.OBJECT || raw.valueType() == ConfigValueType.LIST) {
            return "a value of type " + kind;
        }
        return kind + " " + raw.render();
    }
}
