package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;

/** Updates account fields. */
public interface UpdateAccountOp extends TargetOperation {
    /**
     * Reads the account, compares it with {@code desired} and writes only the fields that differ; fields not in
     * {@code desired} are never touched. Idempotent.
     *
     * @param ref never null
     * @param desired the managed fields and their desired values; never null
     * @param options never null
     * @return {@code CHANGED} or {@code NO_CHANGE}, with the previous and current data
     * @throws io.idbridge.spi.error.UnknownAccountException when the account does not exist
     */
    AccountResult update(AccountRef ref, AccountData desired, OperationOptions options);
}
