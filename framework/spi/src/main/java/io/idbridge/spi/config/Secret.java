package io.idbridge.spi.config;

import static java.util.Objects.requireNonNull;

/** A secret value. {@link #toString()} is always masked; only {@link #reveal()} gives the value, at the point of use. */
public final class Secret {
    public static final String MASK = "******";

    private final String value;

    public Secret(String value) {
        this.value = requireNonNull(value, "value is null");
    }

    /** The clear value; never log or store what this returns. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
