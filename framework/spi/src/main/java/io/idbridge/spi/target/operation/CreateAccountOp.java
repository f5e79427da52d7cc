package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;

/** Creates accounts. */
public interface CreateAccountOp extends TargetOperation {
    /**
     * Creates one account from the mapped data (which carries the desired enabled state). Not idempotent: the engine
     * correlates before retrying a create whose outcome is unknown.
     *
     * @param data never null
     * @param options never null
     * @return outcome {@code CHANGED}, the new reference and the data the target holds
     * @throws io.idbridge.spi.error.AccountAlreadyExistsException when a unique value is taken
     */
    AccountResult create(AccountData data, OperationOptions options);
}
