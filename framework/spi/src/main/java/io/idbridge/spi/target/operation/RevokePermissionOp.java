package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionResult;

/** Revokes permissions of revocable types. */
public interface RevokePermissionOp extends TargetOperation {
    /**
     * Revokes one permission. Idempotent: revoking an absent permission is {@code NO_CHANGE}; a missing account is
     * {@code SKIPPED_NOT_FOUND}. Never called for a type whose {@code revocable} is false.
     */
    PermissionResult revoke(AccountRef account, Permission permission);
}
