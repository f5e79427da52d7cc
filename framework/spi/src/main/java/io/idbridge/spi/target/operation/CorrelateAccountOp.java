package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import java.util.Optional;

/** Finds an existing account by the value of one account field. */
public interface CorrelateAccountOp extends TargetOperation {
    /**
     * Looks up the one account whose {@code accountField} equals {@code value}. Read-only; idempotent.
     *
     * @param accountField the target's field name (e.g. {@code userName}, {@code userAttributes.employeeId}); never null
     * @param value never null or blank
     * @return the account with its current data and outcome {@code CORRELATED}, or empty when none matches
     * @throws io.idbridge.spi.error.ConnectorException {@code CONFLICT} ({@code MULTIPLE_ACCOUNTS_MATCH}) when more
     *     than one matches; {@code CONFIGURATION} when the field cannot be searched; transient errors
     */
    Optional<AccountResult> correlate(String accountField, String value);

    /**
     * Reads the account behind a reference. Read-only; idempotent.
     *
     * @return the account's current data, or empty when the account does not exist
     */
    Optional<AccountResult> read(AccountRef ref);
}
