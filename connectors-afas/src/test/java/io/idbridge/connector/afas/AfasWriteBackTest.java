package io.idbridge.connector.afas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.OperationOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The write-back sends only what differs, because AFAS refuses a field set to its current value. */
class AfasWriteBackTest {
    private static AfasSimulator afas;

    @BeforeAll
    static void startSimulator() {
        afas = new AfasSimulator().start();
    }

    @AfterAll
    static void stopSimulator() {
        afas.close();
    }

    @BeforeEach
    void seedAnEmployeeWithAUser() {
        afas.reset();
        afas.today(AfasTestSupport.TODAY);
        AfasTestSupport.employee(afas, "1000", "Anne de Vries", "12345.1000");
        afas.updateRow(AfasSimulator.USERS, "1000", Map.of("UPN", "anne.devries@lindeveld.nl",
                "Email_werk_gebruiker", "anne.devries@lindeveld.nl"));
        afas.requestLog().clear();
    }

    @Test
    void onlyTheChangedFieldIsSentAndAnUnchangedOneNever() {
        try (AfasUsersTargetConnector users = AfasTestSupport.users(afas.baseUrl(), Map.of())) {
            AccountResult result = users.update(AccountRef.of("12345.1000"), new AccountData(Map.of(
                    "Upn", "anne.vries@lindeveld.nl", "EmAd", "anne.devries@lindeveld.nl")), OperationOptions.NONE);

            assertThat(result.outcome()).isEqualTo(Outcome.CHANGED);
            assertThat(afas.mutatingRequests()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("PUT");
                assertThat(request.path()).endsWith("/connectors/KnUser");
                assertThat(request.body()).contains("\"Upn\":\"anne.vries@lindeveld.nl\"").doesNotContain("EmAd");
            });
            assertThat(afas.employee("1000").orElseThrow()).containsEntry("UPN", "anne.vries@lindeveld.nl");
        }
    }

    @Test
    void anUpdateToTheValuesAfasHoldsSendsNothing() {
        try (AfasUsersTargetConnector users = AfasTestSupport.users(afas.baseUrl(), Map.of())) {
            AccountResult result = users.update(AccountRef.of("12345.1000"), new AccountData(Map.of(
                    "Upn", "anne.devries@lindeveld.nl", "EmAd", "anne.devries@lindeveld.nl")), OperationOptions.NONE);

            assertThat(result.outcome()).isEqualTo(Outcome.NO_CHANGE);
            assertThat(afas.mutatingRequests()).isEmpty();
        }
    }

    @Test
    void theEmployeesWorkEmailIsWrittenThroughKnEmployee() {
        try (AfasEmployeesTargetConnector employees = AfasTestSupport.employees(afas.baseUrl(), Map.of())) {
            AccountRef ref = employees.correlate("Medewerker", "1000").orElseThrow().ref();
            employees.update(ref, new AccountData(Map.of("EmAd", "a.devries@lindeveld.nl")), OperationOptions.NONE);
            employees.update(ref, new AccountData(Map.of("EmAd", "a.devries@lindeveld.nl")), OperationOptions.NONE);

            List<RecordedRequest> writes = afas.mutatingRequests();
            assertThat(writes).singleElement().satisfies(request -> {
                assertThat(request.path()).endsWith("/connectors/KnEmployee");
                assertThat(request.body()).contains("\"@EmId\":\"1000\"").contains("\"EmAd\":\"a.devries@lindeveld.nl\"");
            });
        }
    }

    @Test
    void anEmployeeAfasDoesNotKnowIsNeverCreated() {
        try (AfasUsersTargetConnector users = AfasTestSupport.users(afas.baseUrl(), Map.of())) {
            assertThatThrownBy(() -> users.create(new AccountData(Map.of("Medewerker", "9999",
                    "Upn", "x@lindeveld.nl")), OperationOptions.NONE))
                    .isInstanceOfSatisfying(ConnectorException.class, failure -> assertThat(failure.errorCode())
                            .isEqualTo(AfasErrorCode.AFAS_EMPLOYEE_NOT_FOUND))
                    .hasMessageContaining("employee 9999 does not exist in AFAS");
            assertThat(afas.mutatingRequests()).isEmpty();
        }
    }

    @Test
    void anEmployeeWithoutAUserGetsNoneUnlessCreateUserIsOn() {
        AfasTestSupport.employee(afas, "1001", "Bram Jansen", null);
        AccountData data = new AccountData(Map.of("Medewerker", "1001", "UsId", "12345.1001", "Nm", "Bram Jansen",
                "Upn", "bram.jansen@lindeveld.nl"));
        try (AfasUsersTargetConnector users = AfasTestSupport.users(afas.baseUrl(), Map.of())) {
            assertThatThrownBy(() -> users.create(data, OperationOptions.NONE))
                    .isInstanceOfSatisfying(ConnectorException.class, failure -> assertThat(failure.errorCode())
                            .isEqualTo(AfasErrorCode.AFAS_USER_NOT_CREATED))
                    .hasMessageContaining("create-user");
        }
        assertThat(afas.mutatingRequests()).isEmpty();
        try (AfasUsersTargetConnector users = AfasTestSupport.users(afas.baseUrl(),
                Map.of(AfasTargetConfig.CREATE_USER, true))) {
            assertThat(users.create(data, OperationOptions.NONE).ref().id()).isEqualTo("12345.1001");
        }
        assertThat(afas.employee("1001").orElseThrow()).containsEntry("UPN", "bram.jansen@lindeveld.nl");
    }
}
