package io.idbridge.testkit.fake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.TargetOperation;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kit fails connectors that break the contract; a kit that passes everything would prove nothing. */
class ContractKitCatchesBrokenConnectorsTest {
    @Test
    void undeclaredOperationIsCaught() {
        UndeclaredRevoke contract = new UndeclaredRevoke();
        contract.open();

        assertThatThrownBy(contract::declaredCapabilitiesAreExactlyTheImplementedOperations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RevokePermissionOp");
    }

    @Test
    void grantThatAlwaysChangesIsCaught() {
        RegrantChanges contract = new RegrantChanges();
        contract.open();

        assertThatThrownBy(contract::grantingTwiceEqualsGrantingOnce).isInstanceOf(AssertionError.class)
                .hasMessageContaining("second grant");
    }

    @Test
    void secretInAUrlIsCaught() {
        SecretInUrl contract = new SecretInUrl();
        contract.open();

        assertThatThrownBy(contract::noRequestCarriesASecretInItsUrl).isInstanceOf(AssertionError.class);
    }

    /** Claims one operation fewer than it implements. */
    private static final class UndeclaredRevoke extends InMemoryTargetConnectorContractTest {
        void open() {
            openConnector();
        }

        @Override
        protected Set<Class<? extends TargetOperation>> declaredCapabilities() {
            Set<Class<? extends TargetOperation>> declared = new HashSet<>(super.declaredCapabilities());
            declared.remove(RevokePermissionOp.class);
            return declared;
        }
    }

    private static final class RegrantChanges extends InMemoryTargetConnectorContractTest {
        void open() {
            regrantChanges = true;
            openConnector();
        }
    }

    /** Its "secret" is part of every user name, so it lands in the correlate URL. */
    private static final class SecretInUrl extends InMemoryTargetConnectorContractTest {
        void open() {
            openConnector();
            fixtures = new DelegatingFixtures(fixtures) {
                @Override
                public AccountData newAccount(String givenName, String familyName, String uniqueKey) {
                    return new AccountData(Map.of("userName", "s3cr3t/+=" + uniqueKey, "firstName", givenName,
                            "lastName", familyName));
                }
            };
        }
    }
}
