package io.idbridge.connector.topdesk;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.topdesk.TopdeskSimulator;
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
import io.idbridge.spi.target.operation.ImportAccountsOp;
import io.idbridge.spi.target.operation.TargetOperation;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.testkit.target.TargetConnectorContractTest;
import io.idbridge.testkit.target.TargetContractFixtures;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The target contract for topdesk against the TOPdesk simulator; departments are created as needed. */
class TopdeskTargetConnectorContractTest extends TargetConnectorContractTest {
    private static TopdeskSimulator topdesk;

    @BeforeAll
    static void startSimulator() {
        topdesk = new TopdeskSimulator().start();
        topdesk.addBranch("Amsterdam");
    }

    @AfterAll
    static void stopSimulator() {
        topdesk.close();
    }

    @Override
    protected TargetConnector createConnector() {
        return TopdeskTestSupport.target(topdesk.baseUrl(), Map.of(TopdeskTargetConfig.CREATE_MISSING_DEPARTMENTS, true));
    }

    @Override
    protected Set<Class<? extends TargetOperation>> declaredCapabilities() {
        return Set.of(CorrelateAccountOp.class, CreateAccountOp.class, UpdateAccountOp.class, EnableAccountOp.class,
                DisableAccountOp.class, DeleteAccountOp.class, ImportAccountsOp.class);
    }

    @Override
    protected TargetContractFixtures fixtures() {
        return new TargetContractFixtures() {
            @Override
            public AccountData newAccount(String givenName, String familyName, String uniqueKey) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("employeeNumber", uniqueKey);
                values.put("firstName", givenName);
                values.put("surName", familyName);
                values.put("email", uniqueKey + "@example.com");
                values.put("networkLoginName", uniqueKey + "@example.com");
                values.put("tasLoginName", uniqueKey);
                values.put("jobTitle", "Engineer");
                values.put("branch.name", "Amsterdam");
                values.put("department.name", "Contract tests");
                return new AccountData(values);
            }

            @Override
            public String correlationField() {
                return "employeeNumber";
            }

            @Override
            public AccountData changedField(AccountData created) {
                return new AccountData(Map.of("jobTitle", "Changed " + created.get("jobTitle")));
            }

            @Override
            public boolean deleteRemovesTheAccount() {
                return false;
            }

            @Override
            public boolean isEnabled(AccountData data) {
                return "person".equals(data.get("status"));
            }

            @Override
            public Permission permissionToGrant(PermissionType type) {
                throw new AssertionError("topdesk has no permission types, asked for " + type.name());
            }

            @Override
            public void deleteAccountOutOfBand(AccountRef ref) {
                topdesk.removePerson(ref.id());
            }

            @Override
            public List<String> recordedRequestUrls() {
                return topdesk.requestLog().requests().stream().map(RecordedRequest::target).toList();
            }

            @Override
            public List<String> secrets() {
                return List.of(TopdeskSimulator.DEFAULT_APPLICATION_PASSWORD, Base64.getEncoder().encodeToString(
                        (TopdeskSimulator.DEFAULT_OPERATOR_LOGIN + ":" + TopdeskSimulator.DEFAULT_APPLICATION_PASSWORD)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        };
    }
}
