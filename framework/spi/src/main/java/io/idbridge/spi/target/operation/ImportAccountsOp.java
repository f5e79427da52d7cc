package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.PermissionMembers;
import java.util.stream.Stream;

/** Reads every existing account and permission membership, for first-run correlation and drift reports. */
public interface ImportAccountsOp extends TargetOperation {
    /** Every account; the caller closes the stream. Read-only. */
    Stream<ImportedAccount> importAccounts();

    /** Every permission with the accounts that hold it; the caller closes the stream. Read-only. */
    Stream<PermissionMembers> importPermissions();
}
