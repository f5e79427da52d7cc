package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionResult;

/** Grants permissions. */
public interface GrantPermissionOp extends TargetOperation {
    /**
     * Grants one permission. Idempotent: granting a held permission is {@code NO_CHANGE}.
     *
     * @throws io.idbridge.spi.error.UnknownAccountException when the account does not exist
     * @throws io.idbridge.spi.error.ConnectorException {@code NOT_FOUND} when the permission does not exist
     */
    PermissionResult grant(AccountRef account, Permission permission);
}
