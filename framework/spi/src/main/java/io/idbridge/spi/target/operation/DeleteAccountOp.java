package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;

/** Deletes accounts. */
public interface DeleteAccountOp extends TargetOperation {
    /**
     * Deletes the account. Idempotent.
     *
     * @return {@code CHANGED}, or {@code SKIPPED_NOT_FOUND} (a success) when the account does not exist
     */
    AccountResult delete(AccountRef ref);
}
