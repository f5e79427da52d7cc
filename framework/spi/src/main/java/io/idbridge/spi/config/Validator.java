package io.idbridge.spi.config;

import java.util.Optional;

/** Checks a converted, non-null value of one key offline (it must never touch the network). */
@FunctionalInterface
public interface Validator {
    /** Returns the problem in words (e.g. "must be at least 1"), or empty when the value is fine. */
    Optional<String> check(Object value);

    static Validator atLeast(long minimum) {
        return value -> ((Number) value).doubleValue() >= minimum
                ? Optional.empty()
                : Optional.of("must be at least " + minimum);
    }

    static Validator between(long minimum, long maximum) {
        return value -> ((Number) value).doubleValue() >= minimum && ((Number) value).doubleValue() <= maximum
                ? Optional.empty()
                : Optional.of("must be between " + minimum + " and " + maximum);
    }

    static Validator oneOf(String... allowed) {
        return value -> java.util.Arrays.asList(allowed).contains(value)
                ? Optional.empty()
                : Optional.of("must be one of " + String.join(", ", allowed));
    }

    /** For {@link ConfigType#DURATION} keys such as timeouts, where zero would mean "wait forever" or "never". */
    static Validator positiveDuration() {
        return value -> ((java.time.Duration) value).isNegative() || ((java.time.Duration) value).isZero()
                ? Optional.of("must be longer than zero")
                : Optional.empty();
    }
}
