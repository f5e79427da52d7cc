package io.idbridge.spi.error;

import static java.util.Objects.requireNonNull;

/**
 * A stable, documented error code. The standard codes ({@link StandardErrorCode}) use 0–999; each connector declares
 * its own as constants of one final class named {@code <System>ErrorCode}, in its own range of 1000 (HelloID
 * 1000–1999, CSV 2000–2999, AFAS 3000–3999, TOPdesk 4000–4999). The test kit's {@code ErrorCodeRules} checks that
 * every constant's name matches its field and its code lies in the range.
 *
 * @param name a stable upper-case name such as {@code HELLOID_USER_NOT_FOUND}
 * @param code a stable number, unique across the installation
 * @param type what kind of failure it is; the engine retries by this alone
 */
public record ErrorCode(String name, int code, ErrorType type) {
    public ErrorCode {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("error code name must be UPPER_SNAKE_CASE: " + name);
        }
        if (code < 0) {
            throw new IllegalArgumentException("error code " + name + " has a negative number");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
