package io.idbridge.spi.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One declared configuration key.
 *
 * @param name the key as written in HOCON, e.g. {@code base-url}; dotted names address nested keys
 * @param type the value type
 * @param defaultValue the value used when the key is absent, already of the bound Java type; null when there is none
 * @param required whether the key must be present (a required key has no default)
 * @param description one or two sentences for the generated reference; never empty
 * @param validator an extra offline check, or null
 */
public record ConfigKey(String name, ConfigType type, Object defaultValue, boolean required, String description,
                        Validator validator) {
    public ConfigKey {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(description, "description is null");
        if (description.isBlank()) {
            throw new IllegalArgumentException("key " + name + " has no description");
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("required key " + name + " cannot have a default");
        }
    }

    public boolean secret() {
        return type == ConfigType.SECRET;
    }

    public Optional<Validator> extraValidator() {
        return Optional.ofNullable(validator);
    }
}
