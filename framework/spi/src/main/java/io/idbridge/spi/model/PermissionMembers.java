package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A permission and the accounts that hold it, as read by an import. */
public record PermissionMembers(Permission permission, List<AccountRef> accounts) {
    public PermissionMembers {
        requireNonNull(permission, "permission is null");
        accounts = List.copyOf(requireNonNull(accounts, "accounts is null"));
    }
}
