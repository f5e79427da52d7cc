package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

/** An account that exists in a target, as read by an import (for first-run correlation and drift reports). */
public record ImportedAccount(AccountRef ref, String displayName, String userName, boolean enabled, AccountData data) {
    public ImportedAccount {
        requireNonNull(ref, "ref is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(data, "data is null");
    }
}
