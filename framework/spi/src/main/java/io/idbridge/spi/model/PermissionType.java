package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

/**
 * A kind of permission a target offers.
 *
 * @param name e.g. {@code group} or {@code product}
 * @param revocable false for grant-only permissions (the engine never plans a revoke of those)
 * @param creatable whether the target can create permissions of this type as resources
 */
public record PermissionType(String name, boolean revocable, boolean creatable) {
    public PermissionType {
        requireNonNull(name, "name is null");
    }
}
