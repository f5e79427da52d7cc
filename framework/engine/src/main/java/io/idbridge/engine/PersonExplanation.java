package io.idbridge.engine;

import io.idbridge.engine.evaluate.Entitlements;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.AuditEntry;
import io.idbridge.engine.store.GrantedPermission;
import java.util.List;

/**
 * Everything about one person in one place, for "why does Piet have this?": the person as the snapshot in force has
 * them (null when gone from it), the primary contract, what the rules grant and through which contracts, the accounts
 * and permissions per target, and the person's audit trail.
 */
public record PersonExplanation(String personId, Person person, Contract primaryContract, Entitlements entitlements,
                                List<AccountState> accounts, List<GrantedPermission> permissions,
                                List<AuditEntry> audit) {
    public PersonExplanation {
        accounts = List.copyOf(accounts);
        permissions = List.copyOf(permissions);
        audit = List.copyOf(audit);
    }
}
