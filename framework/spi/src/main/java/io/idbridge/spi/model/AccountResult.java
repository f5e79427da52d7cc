package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of an account operation.
 *
 * @param ref the account reference (for a skipped operation on a missing account, the reference that was given)
 * @param data the account data the target now holds, as far as the connector read or wrote it; never null
 * @param previous the account data before the operation, when the connector read it; never null, may be empty
 * @param outcome what happened
 * @param audit user-friendly audit lines; never null
 */
public record AccountResult(AccountRef ref, AccountData data, AccountData previous, Outcome outcome,
                            List<AuditMessage> audit) {
    public AccountResult {
        requireNonNull(ref, "ref is null");
        requireNonNull(data, "data is null");
        requireNonNull(previous, "previous is null");
        requireNonNull(outcome, "outcome is null");
        audit = List.copyOf(requireNonNull(audit, "audit is null"));
    }
}
