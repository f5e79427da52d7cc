package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;

/** Disables accounts. */
public interface DisableAccountOp extends TargetOperation {
    /**
     * Disables the account and writes the changed fields of the disable mapping. Idempotent.
     *
     * @param desired fields to set while disabling (may be empty); never null
     * @return {@code SKIPPED_NOT_FOUND} (a success) when the account does not exist
     */
    AccountResult disable(AccountRef ref, AccountData desired);
}
