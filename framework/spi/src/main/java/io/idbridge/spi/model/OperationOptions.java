package io.idbridge.spi.model;

import java.util.Optional;

/**
 * Context for one account operation.
 *
 * @param managerAccount the person's manager's account in the same target, when the manager holds one; null otherwise
 */
public record OperationOptions(AccountRef managerAccount) {
    public static final OperationOptions NONE = new OperationOptions(null);

    public Optional<AccountRef> manager() {
        return Optional.ofNullable(managerAccount);
    }
}
