package io.idbridge.engine.model;

import static java.util.Objects.requireNonNull;

/** A department of the organisation; {@code parentCode} and {@code managerId} may be null. */
public record Department(String code, String name, String parentCode, String managerId) {
    public Department {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
    }
}
