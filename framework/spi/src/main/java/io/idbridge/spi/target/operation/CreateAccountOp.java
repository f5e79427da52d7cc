package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.OperationOptions;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Creates one account that is enabled at once when {@code enabled} is true: the engine asks this for a person
     * whose contract has already started, where it would otherwise create and then enable. Override it where the
     * target can do both in one request (HelloID's {@code isEnabled} on {@code POST /users}). The default creates and
     * then, when enabled is asked and the connector can enable, calls {@link EnableAccountOp#enable} with empty data.
     *
     * @param data never null; holds the enable mapping's fields too when enabled is true
     * @since 0.2.0
     */
    default AccountResult create(AccountData data, OperationOptions options, boolean enabled) {
        AccountResult created = create(data, options);
        if (!enabled || !(this instanceof EnableAccountOp enable)) {
            return created;
        }
        AccountResult enabledNow = enable.enable(created.ref(), AccountData.EMPTY);
        List<AuditMessage> audit = new ArrayList<>(created.audit());
        audit.addAll(enabledNow.audit());
        return new AccountResult(created.ref(), created.data().with(enabledNow.data()), created.previous(),
                created.outcome(), audit);
    }
}
