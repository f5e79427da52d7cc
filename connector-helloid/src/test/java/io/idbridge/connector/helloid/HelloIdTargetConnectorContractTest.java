package io.idbridge.connector.helloid;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.CreateResourceOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.ImportAccountsOp;
import io.idbridge.spi.target.operation.ListPermissionsOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.TargetOperation;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.spi.target.operation.ValueInUseOp;
import io.idbridge.testkit.target.TargetConnectorContractTest;
import io.idbridge.testkit.target.TargetContractFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The target connector contract against the HelloID simulator (one simulator for the class; keys keep tests apart). */
class HelloIdTargetConnectorContractTest extends TargetConnectorContractTest {
    private static HelloIdSimulator simulator;
    private static Permission group;
    private static Permission product;

    @BeforeAll
    static void startSimulator() {
        simulator = new HelloIdSimulator().start();
        group = new Permission("group", simulator.addGroup("Contract group").groupGuid(), "Contract group");
        product = new Permission("product", simulator.addProduct("Contract product").productGuid(), "Contract product");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Override
    protected TargetConnector createConnector() {
        return HelloIdTestSupport.connector(simulator.baseUrl(), Map.of(
                HelloIdConfig.API_KEY, HelloIdSimulator.DEFAULT_API_KEY,
                HelloIdConfig.API_SECRET, new Secret(HelloIdSimulator.DEFAULT_API_SECRET)));
    }

    @Override
    protected Set<Class<? extends TargetOperation>> declaredCapabilities() {
        return Set.of(CorrelateAccountOp.class, CreateAccountOp.class, UpdateAccountOp.class, EnableAccountOp.class,
                DisableAccountOp.class, DeleteAccountOp.class, ListPermissionsOp.class, GrantPermissionOp.class,
                RevokePermissionOp.class, CreateResourceOp.class, ImportAccountsOp.class, ValueInUseOp.class);
    }

    @Override
    protected TargetContractFixtures fixtures() {
        return new HelloIdFixtures();
    }

    /** The field mapping of the reference connector's fieldMapping.json (systems.md §2.4). */
    private static final class HelloIdFixtures implements TargetContractFixtures {
        @Override
        public AccountData newAccount(String givenName, String familyName, String uniqueKey) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("userName", uniqueKey + "@example.com");
            values.put("firstName", givenName);
            values.put("lastName", familyName);
            values.put("contactEmail", uniqueKey + "@example.com");
            values.put("isEnabled", "false");
            values.put("password", "Pw-" + uniqueKey);
            values.put("mustChangePassword", "true");
            values.put("userAttributes.department", "Verkoop & Service");
            values.put("userAttributes.title", "Medewerker");
            return new AccountData(values);
        }

        @Override
        public String correlationField() {
            return "userName";
        }

        @Override
        public Set<String> fieldsNotReadBack() {
            return Set.of("password");
        }

        @Override
        public AccountData changedField(AccountData created) {
            return new AccountData(Map.of("userAttributes.title", "Teamleider " + created.get("firstName")));
        }

        @Override
        public AccountData enableData() {
            return new AccountData(Map.of("isEnabled", "true",
                    "userAttributes.description", "Enabled by HelloID Provisioning"));
        }

        @Override
        public AccountData disableData() {
            return new AccountData(Map.of("isEnabled", "false",
                    "userAttributes.description", "Disabled by HelloID Provisioning"));
        }

        @Override
        public boolean isEnabled(AccountData data) {
            return Boolean.TRUE.equals(data.get("isEnabled"));
        }

        @Override
        public Permission permissionToGrant(PermissionType type) {
            return type.name().equals("group") ? group : product;
        }

        @Override
        public Set<String> grantOnlyPermissionTypes() {
            return Set.of("product");
        }

        @Override
        public void deleteAccountOutOfBand(AccountRef ref) {
            simulator.deleteUser(ref.id());
        }

        @Override
        public List<String> recordedRequestUrls() {
            return simulator.requestLog().requests().stream().map(RecordedRequest::target).toList();
        }

        @Override
        public List<String> secrets() {
            return List.of(HelloIdSimulator.DEFAULT_API_SECRET);
        }
    }
}
