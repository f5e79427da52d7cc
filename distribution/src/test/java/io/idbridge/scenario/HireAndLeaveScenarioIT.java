package io.idbridge.scenario;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.Engine;
import io.idbridge.engine.store.AccountLifecycle;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** New hires, leavers and rehires through the real HelloID connector, the clock moved a day at a time. */
class HireAndLeaveScenarioIT extends HelloIdScenarioTestBase {
    private static final String PIET = "piet.jansen@example.org";

    @Test
    void newHireGetsADisabledAccountWithDepartmentGroupsBeforeStartAndIsEnabledOnTheStartDate() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-12-10", null, "HR"));

        Engine.SyncResult first = scenario.syncOn(LocalDate.of(2026, 12, 1));

        assertThat(first.run().failed()).isEmpty();
        SimulatedUser piet = scenario.user(PIET);
        assertThat(piet.enabled()).isFalse();
        assertThat(piet.userAttributes()).containsEntry("employeeId", "1001").containsEntry("department", "HR");
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_HR");
        String guid = piet.userGuid();
        assertThat(scenario.mutatingCalls()).containsExactlyInAnyOrder("POST /users", "POST /groups",
                "POST /users/" + guid + "/groups", "POST /users/" + guid + "/groups");
        assertThat(UserWrites.flatBody(scenario.mutatingRequests("POST", "/users").get(0)))
                .containsEntry("isEnabled", false).containsEntry("userName", PIET);
        assertThat(UserWrites.flatBody(scenario.mutatingRequests("POST", "/groups").get(0)))
                .containsEntry("name", "department_HR");

        scenario.forgetRequests();
        scenario.syncOn(LocalDate.of(2026, 12, 9));
        assertThat(scenario.mutatingCalls()).isEmpty();

        scenario.syncOn(LocalDate.of(2026, 12, 10));
        assertThat(scenario.mutatingCalls()).containsExactly("PUT /users/" + guid);
        assertThat(UserWrites.changedFields(piet, scenario.mutatingRequests("PUT", "/users/" + guid).get(0)))
                .containsExactly("isEnabled");
        assertThat(scenario.user(PIET).enabled()).isTrue();
    }

    @Test
    void hireStartingAfterTheCreateWindowGetsNothingYet() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2027-02-01", null, "HR"));

        Engine.SyncResult result = scenario.syncOn(LocalDate.of(2026, 12, 1));

        assertThat(result.plan().actions()).isEmpty();
        assertThat(scenario.mutatingCalls()).isEmpty();
        assertThat(simulator.users()).isEmpty();

        scenario.syncOn(LocalDate.of(2027, 1, 18));
        assertThat(scenario.user(PIET).enabled()).isFalse();
    }

    @Test
    void leaverLosesGroupsAfterTheEndDateIsDisabledAfterTheGracePeriodAndDeletedLater() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", "2026-12-05", "HR"));
        scenario.syncOn(LocalDate.of(2026, 12, 1));
        String guid = scenario.user(PIET).userGuid();
        String hrGroup = scenario.group("department_HR").groupGuid();
        String staffGroup = scenario.group("All staff").groupGuid();
        scenario.forgetRequests();

        scenario.syncOn(LocalDate.of(2026, 12, 5));
        assertThat(scenario.mutatingCalls()).isEmpty();

        scenario.syncOn(LocalDate.of(2026, 12, 6));
        assertThat(scenario.mutatingCalls()).containsExactlyInAnyOrder(
                "DELETE /users/" + guid + "/groups/" + hrGroup, "DELETE /users/" + guid + "/groups/" + staffGroup);
        assertThat(scenario.user(PIET).enabled()).isTrue();

        scenario.forgetRequests();
        LocalDate lastGraceDay = LocalDate.of(2026, 12, 5).plusDays(HelloIdScenario.GRACE_DAYS);
        scenario.syncOn(lastGraceDay);
        assertThat(scenario.mutatingCalls()).isEmpty();
        SimulatedUser beforeDisable = scenario.user(PIET);

        LocalDate disableDay = lastGraceDay.plusDays(1);
        scenario.syncOn(disableDay);
        assertThat(scenario.mutatingCalls()).containsExactly("PUT /users/" + guid);
        assertThat(UserWrites.changedFields(beforeDisable, scenario.mutatingRequests("PUT", "/users/" + guid).get(0)))
                .containsExactly("isEnabled");
        assertThat(scenario.user(PIET).enabled()).isFalse();
        assertThat(scenario.groupsOf(PIET)).isEmpty();

        scenario.forgetRequests();
        scenario.syncOn(disableDay.plusDays(HelloIdScenario.DELETE_DAYS - 1));
        assertThat(scenario.mutatingCalls()).isEmpty();

        scenario.syncOn(disableDay.plusDays(HelloIdScenario.DELETE_DAYS));
        assertThat(scenario.mutatingCalls()).containsExactly("DELETE /users/" + guid);
        assertThat(simulator.user(PIET)).isEmpty();
        assertThat(simulator.deletedUsers()).extracting(SimulatedUser::userGuid).containsExactly(guid);
    }

    @Test
    void rehireAfterDisableReenablesTheSameUserInsteadOfCreatingOne() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", "2026-11-20", "HR"));
        scenario.syncOn(LocalDate.of(2026, 11, 10));
        String guid = scenario.user(PIET).userGuid();
        scenario.syncOn(LocalDate.of(2026, 11, 25));
        assertThat(scenario.user(PIET).enabled()).isFalse();
        assertThat(scenario.store.account("helloid", "1001").orElseThrow().lifecycle())
                .isEqualTo(AccountLifecycle.DISABLED);
        scenario.forgetRequests();

        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", "2026-11-20", "HR"),
                contract("C2", "2026-12-01", null, "HR"));
        scenario.syncOn(LocalDate.of(2026, 12, 1));

        assertThat(scenario.mutatingRequests("POST", "/users")).isEmpty();
        assertThat(scenario.mutatingCalls()).contains("PUT /users/" + guid);
        assertThat(simulator.users()).singleElement().satisfies(user -> {
            assertThat(user.userGuid()).isEqualTo(guid);
            assertThat(user.enabled()).isTrue();
        });
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_HR");
    }

    @Test
    void rehireWithinTheGracePeriodKeepsTheAccountEnabledAndRestoresItsGroups() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", "2026-11-28", "HR"));
        scenario.syncOn(LocalDate.of(2026, 11, 20));
        String guid = scenario.user(PIET).userGuid();
        scenario.syncOn(LocalDate.of(2026, 11, 29));
        assertThat(scenario.groupsOf(PIET)).isEmpty();
        scenario.forgetRequests();

        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", "2026-11-28", "HR"),
                contract("C2", "2026-12-03", null, "FIN"));
        scenario.syncOn(LocalDate.of(2026, 12, 1));

        assertThat(scenario.mutatingRequests("POST", "/users")).isEmpty();
        assertThat(scenario.user(PIET).userGuid()).isEqualTo(guid);
        assertThat(scenario.user(PIET).enabled()).isTrue();
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_FIN");
        assertThat(scenario.mutatingRequests("PUT", "/users/" + guid)).allSatisfy(put ->
                assertThat(UserWrites.flatBody(put)).containsEntry("isEnabled", true));
    }

}
