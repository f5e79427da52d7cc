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
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
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

/** The target contract for afas-users against the AFAS simulator, with create-user on (keys keep tests apart). */
class AfasUsersTargetConnectorContractTest extends TargetConnectorContractTest {
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
        return AfasTestSupport.users(afas.baseUrl(), Map.of(AfasTargetConfig.CREATE_USER, true));
    }

    @Override
    protected Set<Class<? extends TargetOperation>> declaredCapabilities() {
        return Set.of(CorrelateAccountOp.class, CreateAccountOp.class, UpdateAccountOp.class, EnableAccountOp.class,
                DisableAccountOp.class, DeleteAccountOp.class);
    }

    @Override
    protected TargetContractFixtures fixtures() {
        return new TargetContractFixtures() {
            /** Seeds the employee without a user: the connector inserts it (create-user is on). */
            @Override
            public AccountData newAccount(String givenName, String familyName, String uniqueKey) {
                AfasTestSupport.employee(afas, uniqueKey, givenName + " " + familyName, null);
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("Medewerker", uniqueKey);
                values.put("UsId", "12345." + uniqueKey);
                values.put("Nm", givenName + " " + familyName);
                values.put("Upn", uniqueKey + "@example.com");
                values.put("EmAd", uniqueKey + "@example.com");
                return new AccountData(values);
            }

            @Override
            public String correlationField() {
                return "Medewerker";
            }

            @Override
            public AccountData changedField(AccountData created) {
                return new AccountData(Map.of("EmAd", "changed." + created.get("EmAd")));
            }

            @Override
            public boolean deleteRemovesTheAccount() {
                return false;
            }

            @Override
            public boolean isEnabled(AccountData data) {
                return !Boolean.TRUE.equals(data.get("Geblokkeerd"));
            }

            @Override
            public Permission permissionToGrant(PermissionType type) {
                throw new AssertionError("afas-users has no permission types, asked for " + type.name());
            }

            /** An administrator removes the user from the employee. */
            @Override
            public void deleteAccountOutOfBand(AccountRef ref) {
                Map<String, Object> row = afas.rows(AfasSimulator.USERS).stream()
                        .filter(candidate -> ref.id().equals(candidate.get("Gebruiker"))).findFirst().orElseThrow();
                afas.updateRow(AfasSimulator.USERS, row.get("Medewerker").toString(), java.util.Collections
                        .singletonMap("Gebruiker", null));
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
