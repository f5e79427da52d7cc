package io.idbridge.engine.enforce;

import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.GrantedPermission;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.Outcome;
import java.util.List;
import java.util.Map;

/**
 * What a successful action changed, stored in one transaction with the action's outcome.
 *
 * @param account the account state to store; null when unchanged
 * @param granted a permission now held; null when none
 * @param revoked a permission no longer held; null when none
 * @param accountDeleted whether the account's permissions and reservations must be forgotten
 * @param result a JSON-compatible summary for the journal
 */
record ActionOutcome(Outcome outcome, AccountState account, GrantedPermission granted, GrantedPermission revoked,
                     boolean accountDeleted, Map<String, Object> result, List<AuditMessage> audit) {
}
