package io.idbridge.connector.afas;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.TargetOperation;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.testkit.target.TargetConnectorContractTest;
import io.idbridge.testkit.target.TargetContractFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The target contract for afas-employees against the AFAS simulator; "create" finds the seeded employee. */
class AfasEmployeesTargetConnectorContractTest extends TargetConnectorContractTest {
    private static AfasSimulator afas;

    @BeforeAll
    static void startSimulator() {
        afas = new AfasSimulator().start();
        afas.today(AfasTestSupport.TODAY);
    }

    @AfterAll
    static void stopSimulator() {
        afas.close();
    }

    @Override
    protected TargetConnector createConnector() {
        return AfasTestSupport.employees(afas.baseUrl(), Map.of());
    }

    @Override
    protected Set<Class<? extends TargetOperation>> declaredCapabilities() {
        return Set.of(CorrelateAccountOp.class, CreateAccountOp.class, UpdateAccountOp.class, DeleteAccountOp.class);
    }

    @Override
    protected TargetContractFixtures fixtures() {
        return new TargetContractFixtures() {
            @Override
            public AccountData newAccount(String givenName, String familyName, String uniqueKey) {
                AfasTestSupport.employee(afas, uniqueKey, givenName + " " + familyName, "12345." + uniqueKey);
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("Medewerker", uniqueKey);
                values.put("DisplayName", givenName + " " + familyName);
                values.put("EmAd", uniqueKey + "@example.com");
                values.put("TeNr", "0570-123456");
                return new AccountData(values);
            }

            /** Every new account's employee exists already: an employee number nobody has. */
            @Override
            public String unknownCorrelationValue(String uniqueKey) {
                return uniqueKey;
            }

            @Override
            public String correlationField() {
                return "Medewerker";
            }

            @Override
            public AccountData changedField(AccountData created) {
                return new AccountData(Map.of("TeNr", "0570-654321"));
            }

            @Override
            public boolean deleteRemovesTheAccount() {
                return false;
            }

            @Override
            public boolean isEnabled(AccountData data) {
                throw new AssertionError("afas-employees has no enable or disable");
            }

            @Override
            public Permission permissionToGrant(PermissionType type) {
                throw new AssertionError("afas-employees has no permission types, asked for " + type.name());
            }

            /** HR removes the employee. */
            @Override
            public void deleteAccountOutOfBand(AccountRef ref) {
                afas.removeRow(AfasSimulator.USERS, ref.id());
            }

            @Override
            public List<String> recordedRequestUrls() {
                return afas.requestLog().requests().stream().map(RecordedRequest::target).toList();
            }

            @Override
            public List<String> secrets() {
                return List.of(AfasSimulator.DEFAULT_TOKEN,
                        AfasSimulator.authorization(AfasSimulator.DEFAULT_TOKEN).substring("AfasToken ".length()));
            }
        };
    }
}
