package io.idbridge.spi.config;

/** The value types a configuration key can declare. The runtime converts and checks values before a connector sees them. */
public enum ConfigType {
    STRING("string"),
    INT("int"),
    LONG("long"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    /** A duration such as {@code 30s} or {@code 2m}; bound to {@link java.time.Duration}. */
    DURATION("duration"),
    /** An absolute http or https URL; bound to a {@link String}. */
    URL("url"),
    /** A secret string; bound to {@link Secret} so it cannot leak through {@code toString()}. */
    SECRET("secret"),
    /** A list of strings. */
    LIST("list of strings");

    private final String displayName;

    ConfigType(String displayName) {
        this.displayName = displayName;
    }

    /** The name used in the generated reference and in error messages. */
    public String displayName() {
        return displayName;
    }
}
