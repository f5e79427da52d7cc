package io.idbridge.connector.topdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.topdesk.SimulatedBranch;
import io.idbridge.sandbox.topdesk.SimulatedPerson;
import io.idbridge.sandbox.topdesk.TopdeskSimulator;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the target must do beyond the contract: lookups by name, archived persons, deletes, errors (systems.md §4.5). */
class TopdeskTargetTest {
    private static TopdeskSimulator topdesk;
    private SimulatedBranch amsterdam;

    @BeforeAll
    static void startSimulator() {
        topdesk = new TopdeskSimulator().start();
    }

    @AfterAll
    static void stopSimulator() {
        topdesk.close();
    }

    @BeforeEach
    void seed() {
        topdesk.reset();
        amsterdam = topdesk.addBranch("Amsterdam");
        topdesk.addDepartment("Sales");
        topdesk.addBudgetHolder("KP 100");
    }

    @Test
    void createSendsBranchDepartmentAndBudgetHolderAsTheIdsTopdeskListsForTheirNames() {
        try (TopdeskTargetConnector connector = connector(Map.of())) {
            AccountResult created = connector.create(person("1001", "Amsterdam", "Sales"), OperationOptions.NONE);

            SimulatedPerson person = topdesk.person(created.ref().id()).orElseThrow();
            assertThat(person.branchId()).isEqualTo(amsterdam.id());
            assertThat(person.departmentId()).isEqualTo(topdesk.departments().get(0).id());
            assertThat(person.budgetHolderId()).isEqualTo(topdesk.budgetHolders().get(0).id());
            assertThat(person.text("jobTitle")).isEqualTo("Adviseur");
            assertThat(created.outcome()).isEqualTo(Outcome.CHANGED);
            assertThat(created.data().get("branch.name")).isEqualTo("Amsterdam");
            RecordedRequest post = only("POST", "/tas/api/persons");
            assertThat(post.body()).contains("\"branch\":{\"id\":\"" + amsterdam.id() + "\"}").doesNotContain("name\":\"Amsterdam");
            assertThat(header(post, "Accept")).isEqualTo("application/json; charset=utf-8");
            assertThat(header(post, "Partner-Solution-Id")).isEqualTo("TOOL001");
        }
    }

    @Test
    void aBranchTopdeskDoesNotHaveFailsTheActionNamingTheBranchAndCreatesNothing() {
        try (TopdeskTargetConnector connector = connector(Map.of(TopdeskTargetConfig.CREATE_MISSING_DEPARTMENTS, true))) {
            assertThatThrownBy(() -> connector.create(person("1001", "Rotterdam", "Sales"), OperationOptions.NONE))
                    .isInstanceOfSatisfying(ConnectorException.class, error -> {
                        assertThat(error.errorCode()).isEqualTo(TopdeskErrorCode.TOPDESK_LOOKUP_NOT_FOUND);
                        assertThat(error.getMessage()).contains("branch 'Rotterdam' does not exist in TOPdesk");
                    });
            assertThat(topdesk.persons()).isEmpty();
            assertThat(topdesk.mutatingRequests()).isEmpty();
        }
    }

    @Test
    void aMissingDepartmentIsAnErrorUnlessConfiguredToBeCreatedAndThenItIsCreatedOnce() {
        try (TopdeskTargetConnector strict = connector(Map.of())) {
            assertThatThrownBy(() -> strict.create(person("1001", "Amsterdam", "Inkoop"), OperationOptions.NONE))
                    .hasMessageContaining("department 'Inkoop' does not exist");
        }
        try (TopdeskTargetConnector creating = connector(Map.of(TopdeskTargetConfig.CREATE_MISSING_DEPARTMENTS, true))) {
            creating.create(person("1001", "Amsterdam", "Inkoop"), OperationOptions.NONE);
            creating.create(person("1002", "Amsterdam", "inkoop"), OperationOptions.NONE);
        }
        assertThat(topdesk.departments()).extracting(department -> department.name()).containsExactly("Sales", "Inkoop");
        assertThat(topdesk.persons()).extracting(SimulatedPerson::departmentId)
                .containsOnly(topdesk.departments().get(1).id());
    }

    @Test
    void anUpdateSendsOnlyTheChangedFieldsAndAnEmptyDepartmentClearsIt() {
        try (TopdeskTargetConnector connector = connector(Map.of())) {
            AccountRef ref = connector.create(person("1001", "Amsterdam", "Sales"), OperationOptions.NONE).ref();
            topdesk.requestLog().clear();
            Map<String, Object> desired = new LinkedHashMap<>(person("1001", "Amsterdam", "").values());
            desired.put("jobTitle", "Teamleider");

            AccountResult updated = connector.update(ref, new AccountData(desired), OperationOptions.NONE);

            assertThat(updated.outcome()).isEqualTo(Outcome.CHANGED);
            assertThat(only("PATCH", "/tas/api/persons/id/" + ref.id()).body())
                    .isEqualTo("{\"jobTitle\":\"Teamleider\",\"department\":null}");
            assertThat(topdesk.person(ref.id()).orElseThrow().departmentId()).isNull();
            topdesk.requestLog().clear();
            assertThat(connector.update(ref, new AccountData(desired), OperationOptions.NONE).outcome())
                    .isEqualTo(Outcome.NO_CHANGE);
            assertThat(topdesk.mutatingRequests()).isEmpty();
        }
    }

    @Test
    void anUpdateOfAnArchivedPersonUnarchivesPatchesAndArchivesAgain() {
        try (TopdeskTargetConnector connector = connector(Map.of())) {
            AccountRef ref = connector.create(person("1001", "Amsterdam", "Sales"), OperationOptions.NONE).ref();
            connector.disable(ref, AccountData.EMPTY);
            topdesk.requestLog().clear();

            connector.update(ref, new AccountData(Map.of("jobTitle", "Oud-medewerker")), OperationOptions.NONE);

            assertThat(topdesk.mutatingRequests()).extracting(RecordedRequest::path).containsExactly(
                    "/tas/api/persons/id/" + ref.id() + "/unarchive", "/tas/api/persons/id/" + ref.id(),
                    "/tas/api/persons/id/" + ref.id() + "/archive");
            SimulatedPerson person = topdesk.person(ref.id()).orElseThrow();
            assertThat(person.archived()).isTrue();
            assertThat(person.archivingReasonId()).isEqualTo(topdesk.archivingReasons().get(0).id());
            assertThat(person.text("jobTitle")).isEqualTo("Oud-medewerker");
        }
    }

    @Test
    void aRefusedPatchOfAnArchivedPersonLeavesThePersonArchived() {
        try (TopdeskTargetConnector connector = connector(Map.of())) {
            topdesk.addPerson(Map.of("surName", "Bezet", "tasLoginName", "taken", "branch", Map.of("id", amsterdam.id())),
                    false);
            AccountRef ref = connector.create(person("1001", "Amsterdam", "Sales"), OperationOptions.NONE).ref();
            connector.disable(ref, AccountData.EMPTY);

            assertThatThrownBy(() -> connector.update(ref, new AccountData(Map.of("tasLoginName", "taken")),
                    OperationOptions.NONE)).isInstanceOfSatisfying(ConnectorException.class, error ->
                    assertThat(error.getMessage()).contains("PATCH", "400", "already in use"));
            assertThat(topdesk.person(ref.id()).orElseThrow().archived()).isTrue();
        }
    }

    @Test
    void withSetManagerTheManagersPersonIsMarkedAsManagerAndStaysArchivedWhenItWas() {
        SimulatedPerson boss = topdesk.addPerson(Map.of("employeeNumber", "900", "surName", "Baas",
                "branch", Map.of("id", amsterdam.id())), true);
        try (TopdeskTargetConnector connector = connector(Map.of(TopdeskTargetConfig.SET_MANAGER, true))) {
            OperationOptions managed = new OperationOptions(AccountRef.of(boss.id()));
            AccountRef ref = connector.create(person("1001", "Amsterdam", "Sales"), managed).ref();

            assertThat(topdesk.person(ref.id()).orElseThrow().managerId()).isEqualTo(boss.id());
            SimulatedPerson marked = topdesk.person(boss.id()).orElseThrow();
            assertThat(marked.isManager()).isTrue();
            assertThat(marked.archived()).isTrue();
            topdesk.requestLog().clear();
            assertThat(connector.update(ref, person("1001", "Amsterdam", "Sales"), managed).outcome())
                    .isEqualTo(Outcome.NO_CHANGE);
            assertThat(topdesk.mutatingRequests()).isEmpty();
        }
    }

    @Test
    void disableArchivesEnableUnarchivesAndRepeatingEitherChangesNothing() {
        try (TopdeskTargetConnector connector = connector(Map.of())) {
            AccountRef ref = connector.create(person("1001", "Amsterdam", "Sales"), OperationOptions.NONE).ref();

            assertThat(connector.disable(ref, AccountData.EMPTY).outcome()).isEqualTo(Outcome.CHANGED);
            assertThat(topdesk.person(ref.id()).orElseThrow().status()).isEqualTo("personArchived");
            assertThat(connector.disable(ref, AccountData.EMPTY).outcome()).isEqualTo(Outcome.NO_CHANGE);
            assertThat(connector.enable(ref, AccountData.EMPTY).outcome()).isEqualTo(Outcome.CHANGED);
            assertThat(topdesk.person(ref.id()).orElseThrow().status()).isEqualTo("person");
            assertThat(connector.enable(ref, AccountData.EMPTY).outcome()).isEqualTo(Outcome.NO_CHANGE);
        }
    }

    @Test
    void deleteClearsTheLoginFieldsAndArchivesWithoutDeletingThePerson() {
        try (TopdeskTargetConnector connector = connector(Map.of())) {
            AccountRef ref = connector.create(person("1001", "Amsterdam", "Sales"), OperationOptions.NONE).ref();

            assertThat(connector.delete(ref).outcome()).isEqualTo(Outcome.CHANGED);

            SimulatedPerson person = topdesk.person(ref.id()).orElseThrow();
            assertThat(person.archived()).isTrue();
            assertThat(List.of(person.email(), person.networkLoginName(), person.tasLoginName())).containsOnly("");
            assertThat(person.employeeNumber()).isEqualTo("1001");
            assertThat(topdesk.mutatingRequests()).noneMatch(request -> request.method().equals("DELETE"));
        }
    }

    @Test
    void correlationFindsAnArchivedPersonWithoutUnarchivingAndRefusesADuplicate() {
        SimulatedPerson archived = topdesk.addPerson(Map.of("employeeNumber", "2001", "surName", "Vertrokken",
                "branch", Map.of("id", amsterdam.id())), true);
        topdesk.addPerson("2002", "Een", "Dubbel", amsterdam.id());
        topdesk.addPerson("2002", "Twee", "Dubbel", amsterdam.id());
        try (TopdeskTargetConnector connector = connector(Map.of())) {
            AccountResult found = connector.correlate("employeeNumber", "2001").orElseThrow();

            assertThat(found.ref().id()).isEqualTo(archived.id());
            assertThat(found.outcome()).isEqualTo(Outcome.CORRELATED);
            assertThat(connector.correlate("employeeNumber", "O'Brien")).isEmpty();
            assertThatThrownBy(() -> connector.correlate("employeeNumber", "2002"))
                    .isInstanceOfSatisfying(ConnectorException.class, error ->
                            assertThat(error.errorCode()).isEqualTo(TopdeskErrorCode.TOPDESK_DUPLICATE_PERSONS));
            assertThat(topdesk.mutatingRequests()).isEmpty();
            assertThat(topdesk.requestLog().requests()).allMatch(request -> request.query().contains("page_size=2"));
        }
    }

    @Test
    void aWrongApplicationPasswordIsAnAuthenticationFailureThatNeverShowsThePassword() {
        Map<String, Object> wrong = Map.of(TopdeskConnection.APPLICATION_PASSWORD, new Secret("wrong-password-4711"));
        try (TopdeskTargetConnector connector = connector(wrong)) {
            assertThatThrownBy(connector::test).isInstanceOfSatisfying(ConnectorException.class, error -> {
                assertThat(error.errorType()).isEqualTo(ErrorType.AUTHENTICATION);
                assertThat(error.getMessage()).doesNotContain("wrong-password-4711");
            });
        }
    }

    @Test
    void anArchivingReasonTopdeskDoesNotHaveFailsTheConnectionTest() {
        try (TopdeskTargetConnector connector = connector(Map.of(TopdeskTargetConfig.ARCHIVING_REASON, "Pensioen"))) {
            assertThatThrownBy(connector::test).hasMessageContaining("archiving reason 'Pensioen' does not exist");
        }
    }

    private static TopdeskTargetConnector connector(Map<String, Object> extra) {
        return TopdeskTestSupport.target(topdesk.baseUrl(), extra);
    }

    private static AccountData person(String employeeNumber, String branch, String department) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("employeeNumber", employeeNumber);
        values.put("firstName", "Sanne");
        values.put("prefixes", "de");
        values.put("surName", "Vries");
        values.put("email", employeeNumber + "@lindeveld.nl");
        values.put("networkLoginName", employeeNumber + "@lindeveld.nl");
        values.put("tasLoginName", "sanne" + employeeNumber);
        values.put("jobTitle", "Adviseur");
        values.put("branch.name", branch);
        values.put("department.name", department);
        values.put("budgetHolder.name", "KP 100");
        return new AccountData(values);
    }

    private static RecordedRequest only(String method, String path) {
        List<RecordedRequest> found = topdesk.requestLog().requests().stream()
                .filter(request -> request.method().equals(method) && request.path().equals(path)).toList();
        assertThat(found).as(method + " " + path).hasSize(1);
        return found.get(0);
    }

    private static String header(RecordedRequest request, String name) {
        return request.headers().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> String.join(",", entry.getValue())).findFirst().orElse(null);
    }
}
