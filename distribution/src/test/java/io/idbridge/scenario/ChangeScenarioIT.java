package io.idbridge.scenario;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.Engine;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changes to people already provisioned: names, departments, several contracts, grant-only products. */
class ChangeScenarioIT extends HelloIdScenarioTestBase {
    private static final String PIET = "piet.jansen@example.org";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void nameChangeSendsExactlyOnePutChangingOnlyTheLastName() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY);
        SimulatedUser before = scenario.user(PIET);
        scenario.forgetRequests();

        scenario.source.person("1001", "Piet", "Bakker", contract("C1", "2026-11-01", null, "HR"));
        Engine.SyncResult result = scenario.syncOn(TODAY.plusDays(1));

        assertThat(result.plan().actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.UPDATE);
            assertThat((Map<String, Object>) action.payload().get("changes")).containsOnlyKeys("lastName");
        });
        assertThat(scenario.mutatingCalls()).containsExactly("PUT /users/" + before.userGuid());
        assertThat(UserWrites.changedFields(before, simulator.mutatingRequests().get(0))).containsExactly("lastName");
        SimulatedUser after = scenario.user(PIET);
        assertThat(after.lastName()).isEqualTo("Bakker");
        assertThat(after).usingRecursiveComparison().ignoringFields("lastName").isEqualTo(before);
    }

    @Test
    void reservedUserNameStaysWhenTheNameChanges() {
        scenario.source.person("1001", "Jan", "Smit", contract("C1", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY);

        scenario.source.person("1001", "Johannes", "Smit", contract("C1", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY.plusDays(1));

        assertThat(simulator.users()).singleElement().satisfies(user -> {
            assertThat(user.userName()).isEqualTo("jan.smit@example.org");
            assertThat(user.firstName()).isEqualTo("Johannes");
        });
    }

    @Test
    void transferRevokesTheOldDepartmentGroupAndGrantsTheNewOneCreatingIt() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY);
        String guid = scenario.user(PIET).userGuid();
        String hrGroup = scenario.group("department_HR").groupGuid();
        scenario.forgetRequests();

        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "ICT"));
        scenario.syncOn(TODAY.plusDays(1));

        assertThat(UserWrites.flatBody(scenario.mutatingRequests("POST", "/groups").get(0)))
                .containsEntry("name", "department_ICT");
        String ictGroup = scenario.group("department_ICT").groupGuid();
        assertThat(scenario.mutatingCalls()).containsExactlyInAnyOrder("POST /groups",
                "POST /users/" + guid + "/groups", "DELETE /users/" + guid + "/groups/" + hrGroup,
                "POST /selfservice/products/request", "PUT /users/" + guid);
        assertThat(UserWrites.flatBody(scenario.mutatingRequests("POST", "/users/" + guid + "/groups").get(0)))
                .containsValue(ictGroup);
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_ICT");
        assertThat(scenario.productsOf(PIET)).containsExactly("Laptop");
        assertThat(scenario.user(PIET).userAttributes()).containsEntry("department", "ICT");
    }

    @Test
    void transferToADepartmentWhoseGroupExistsDoesNotCreateIt() {
        simulator.addGroup("department_FIN");
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY);
        scenario.forgetRequests();

        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "FIN"));
        scenario.syncOn(TODAY.plusDays(1));

        assertThat(scenario.mutatingRequests("POST", "/groups")).isEmpty();
        assertThat(simulator.groups()).filteredOn(group -> group.name().equals("department_FIN")).hasSize(1);
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_FIN");
    }

    @Test
    void twoContractsInDifferentDepartmentsGiveBothDepartmentGroups() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"),
                contract("C2", "2026-11-01", null, "FIN"));

        scenario.syncOn(TODAY);

        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_FIN", "department_HR");
        assertThat(scenario.mutatingRequests("POST", "/groups")).hasSize(2);
        assertThat(scenario.mutatingRequests("POST", "/users")).hasSize(1);
    }

    @Test
    void endOfOneOfTwoContractsRevokesOnlyItsDepartmentGroup() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", "2026-12-03", "HR"),
                contract("C2", "2026-11-01", null, "FIN"));
        scenario.syncOn(TODAY);
        String guid = scenario.user(PIET).userGuid();
        String hrGroup = scenario.group("department_HR").groupGuid();
        scenario.forgetRequests();

        scenario.syncOn(LocalDate.of(2026, 12, 4));

        assertThat(scenario.mutatingCalls()).contains("DELETE /users/" + guid + "/groups/" + hrGroup)
                .noneMatch(call -> call.equals("DELETE /users/" + guid));
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_FIN");
        assertThat(scenario.user(PIET).enabled()).isTrue();
    }

    @Test
    void grantOnlyProductIsNeverRevoked() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "ICT"));
        scenario.syncOn(TODAY);
        assertThat(scenario.productsOf(PIET)).containsExactly("Laptop");
        scenario.forgetRequests();

        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
        Engine.SyncResult result = scenario.syncOn(TODAY.plusDays(1));

        assertThat(result.plan().actions()).noneMatch(action -> action.type() == ActionType.REVOKE
                && action.payload().toString().contains("Laptop"));
        assertThat(scenario.mutatingCalls()).noneMatch(call -> call.startsWith("POST /product-assignment"));
        assertThat(scenario.productsOf(PIET)).containsExactly("Laptop");
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_HR");
    }
}
