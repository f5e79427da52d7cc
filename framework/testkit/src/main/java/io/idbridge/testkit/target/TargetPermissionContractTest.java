package io.idbridge.testkit.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Permission grants and revokes: idempotent, and per systems.md §1.3 on a missing account (revoke succeeds as a skip,
 * grant fails). Every permission type the connector offers is exercised. Extend {@link TargetConnectorContractTest},
 * which runs these tests too.
 */
public abstract class TargetPermissionContractTest extends TargetContractSupport {
    @Test
    public void grantingTwiceEqualsGrantingOnce() {
        assumeCapabilities(CreateAccountOp.class, GrantPermissionOp.class);
        for (PermissionType type : permissionTypes()) {
            AccountRef ref = createAccount(fixtures.newAccount("Grant", "Twice", uniqueKey())).ref();
            Permission permission = fixtures.permissionToGrant(type);
            GrantPermissionOp grant = operation(GrantPermissionOp.class);

            assertThat(grant.grant(ref, permission).outcome()).as("first grant of %s", type.name())
                    .isEqualTo(Outcome.CHANGED);
            assertThat(grant.grant(ref, permission).outcome()).as("second grant of %s", type.name())
                    .isEqualTo(Outcome.NO_CHANGE);
        }
    }

    @Test
    public void revokingAnAbsentPermissionChangesNothing() {
        assumeCapabilities(CreateAccountOp.class, RevokePermissionOp.class);
        for (PermissionType type : revocableTypes()) {
            AccountRef ref = createAccount(fixtures.newAccount("Revoke", "Absent", uniqueKey())).ref();

            assertThat(operation(RevokePermissionOp.class).revoke(ref, fixtures.permissionToGrant(type)).outcome())
                    .as("revoke of an absent %s", type.name()).isEqualTo(Outcome.NO_CHANGE);
        }
    }

    @Test
    public void grantedPermissionIsRevokedOnce() {
        assumeCapabilities(CreateAccountOp.class, GrantPermissionOp.class, RevokePermissionOp.class);
        for (PermissionType type : revocableTypes()) {
            AccountRef ref = createAccount(fixtures.newAccount("Revoke", "Granted", uniqueKey())).ref();
            Permission permission = fixtures.permissionToGrant(type);
            operation(GrantPermissionOp.class).grant(ref, permission);
            RevokePermissionOp revoke = operation(RevokePermissionOp.class);

            assertThat(revoke.revoke(ref, permission).outcome()).as("revoke of %s", type.name())
                    .isEqualTo(Outcome.CHANGED);
            assertThat(revoke.revoke(ref, permission).outcome()).as("second revoke of %s", type.name())
                    .isEqualTo(Outcome.NO_CHANGE);
        }
    }

    @Test
    public void grantToMissingAccountFails() {
        assumeCapabilities(GrantPermissionOp.class);
        for (PermissionType type : permissionTypes()) {
            AccountRef missing = missingAccount();
            Permission permission = fixtures.permissionToGrant(type);

            assertThatThrownBy(() -> operation(GrantPermissionOp.class).grant(missing, permission))
                    .as("grant of %s", type.name()).isInstanceOf(UnknownAccountException.class);
        }
    }

    @Test
    public void revokeFromMissingAccountIsSkipped() {
        assumeCapabilities(RevokePermissionOp.class);
        for (PermissionType type : revocableTypes()) {
            AccountRef missing = missingAccount();

            assertThat(operation(RevokePermissionOp.class).revoke(missing, fixtures.permissionToGrant(type))
                    .outcome()).as("revoke of %s", type.name()).isEqualTo(Outcome.SKIPPED_NOT_FOUND);
        }
    }

    private List<PermissionType> permissionTypes() {
        List<PermissionType> types = connector.permissionTypes();
        assumeFalse(types.isEmpty(), "connector offers no permission types");
        return types;
    }

    private List<PermissionType> revocableTypes() {
        List<PermissionType> types = connector.permissionTypes().stream().filter(PermissionType::revocable).toList();
        assumeFalse(types.isEmpty(), "connector offers no revocable permission types");
        return types;
    }
}
