package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;

/** Enables accounts. */
public interface EnableAccountOp extends TargetOperation {
    /**
     * Enables the account and writes the changed fields of the enable mapping. Idempotent ({@code NO_CHANGE} when
     * already enabled).
     *
     * @param desired fields to set while enabling (may be empty); never null
     * @throws io.idbridge.spi.error.UnknownAccountException when the account does not exist
     */
    AccountResult enable(AccountRef ref, AccountData desired);
}
