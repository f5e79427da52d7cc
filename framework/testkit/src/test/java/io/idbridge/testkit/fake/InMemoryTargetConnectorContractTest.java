package io.idbridge.testkit.fake;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.TargetOperation;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.testkit.target.TargetConnectorContractTest;
import io.idbridge.testkit.target.TargetContractFixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The contract kit run against a correct in-memory connector, from another package as a connector module would. */
class InMemoryTargetConnectorContractTest extends TargetConnectorContractTest {
    private final Map<String, AccountData> accounts = new ConcurrentHashMap<>();
    private final List<String> requestUrls = new CopyOnWriteArrayList<>();

    /** A deliberate bug for {@link ContractKitCatchesBrokenConnectorsTest}. */
    boolean regrantChanges;

    @Override
    protected TargetConnector createConnector() {
        return new InMemoryTargetConnector(accounts, requestUrls, regrantChanges);
    }

    @Override
    protected Set<Class<? extends TargetOperation>> declaredCapabilities() {
        return Set.of(CreateAccountOp.class, CorrelateAccountOp.class, UpdateAccountOp.class, EnableAccountOp.class,
                DisableAccountOp.class, DeleteAccountOp.class, GrantPermissionOp.class, RevokePermissionOp.class);
    }

    @Override
    protected TargetContractFixtures fixtures() {
        return new TargetContractFixtures() {
            @Override
            public AccountData newAccount(String givenName, String familyName, String uniqueKey) {
                return new AccountData(Map.of("userName", uniqueKey + "@example.com", "firstName", givenName,
                        "lastName", familyName, InMemoryTargetConnector.ENABLED, false));
            }

            @Override
            public String correlationField() {
                return "userName";
            }

            @Override
            public AccountData changedField(AccountData created) {
                return new AccountData(Map.of("lastName", created.get("lastName") + "-Changed"));
            }

            @Override
            public boolean isEnabled(AccountData data) {
                return Boolean.TRUE.equals(data.get(InMemoryTargetConnector.ENABLED));
            }

            @Override
            public Permission permissionToGrant(PermissionType type) {
                return new Permission(type.name(), type.name() + "-1", "The " + type.name());
            }

            @Override
            public Set<String> grantOnlyPermissionTypes() {
                return Set.of("licence");
            }

            @Override
            public void deleteAccountOutOfBand(AccountRef ref) {
                accounts.remove(ref.id());
            }

            @Override
            public List<String> recordedRequestUrls() {
                return requestUrls;
            }

            @Override
            public List<String> secrets() {
                return List.of("s3cr3t/+=");
            }
        };
    }
}
