package io.idbridge.scenario;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.Engine;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.AuditQuery;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A first run against a HelloID tenant that already has users: correlation, ambiguity and user name collisions. */
class CorrelationScenarioIT extends HelloIdScenarioTestBase {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void existingUserIsCorrelatedByEmployeeIdInsteadOfCreated() {
        SimulatedUser existing = simulator.addUser("p.jansen@example.org", "Piet", "Jansen", true,
                Map.of("employeeId", "1001", "department", "HR"));
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));

        Engine.SyncResult result = scenario.syncOn(TODAY);

        assertThat(result.plan().actions()).extracting(action -> action.type())
                .contains(ActionType.CORRELATE).doesNotContain(ActionType.CREATE);
        assertThat(scenario.mutatingRequests("POST", "/users")).isEmpty();
        assertThat(simulator.users()).singleElement().extracting(SimulatedUser::userGuid)
                .isEqualTo(existing.userGuid());
        assertThat(scenario.store.account("helloid", "1001").orElseThrow().refJson()).contains(existing.userGuid());
        assertThat(scenario.groupsOf("p.jansen@example.org")).containsExactly("All staff", "department_HR");
        assertThat(scenario.store.audit(AuditQuery.all()))
                .anySatisfy(entry -> assertThat(entry.outcome()).isEqualTo("CORRELATED"));
    }

    @Test
    void personMatchingTwoUsersIsAPlanProblemAndNothingIsCreated() {
        simulator.addUser("a@example.org", "Piet", "Jansen", true, Map.of("employeeId", "1001"));
        simulator.addUser("b@example.org", "Piet", "Jansen", true, Map.of("employeeId", "1001"));
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));

        Engine.SyncResult result = scenario.syncOn(TODAY);

        assertThat(result.plan().actions()).isEmpty();
        assertThat(result.plan().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.personId()).isEqualTo("1001");
            assertThat(problem.problem()).contains("userAttributes.employeeId", "1001");
        });
        assertThat(scenario.mutatingCalls()).isEmpty();
        assertThat(simulator.users()).hasSize(2);
    }

    @Test
    void userNameCollisionWithAnExistingUserIsResolvedByIteration() {
        SimulatedUser existing = simulator.addUser("jan.smit@example.org", "Jan", "Smit");
        scenario.source.person("1001", "Jan", "Smit", contract("C1", "2026-11-01", null, "HR"))
                .person("1002", "Jan", "Smit", contract("C2", "2026-11-01", null, "FIN"));

        scenario.syncOn(TODAY);

        assertThat(scenario.user("jan.smit1@example.org").userAttributes()).containsEntry("employeeId", "1001");
        assertThat(scenario.user("jan.smit2@example.org").userAttributes()).containsEntry("employeeId", "1002");
        assertThat(scenario.store.reservations("helloid", "1001")).containsEntry("userName", "jan.smit1@example.org");
        assertThat(scenario.user("jan.smit@example.org")).isEqualTo(existing);
        assertThat(scenario.mutatingCalls()).noneMatch(call -> call.contains(existing.userGuid()));
        assertThat(simulator.requestLog().withStatus(409)).isEmpty();
    }

    @Test
    void firstPreviewCountsCorrelatedAndNewAccountsAndListsUsersNobodyMatches() {
        simulator.addUser("piet@example.org", "Piet", "Jansen", true, Map.of("employeeId", "1001"));
        simulator.addUser("anna@example.org", "Anna", "Visser", true, Map.of("employeeId", "1002"));
        simulator.addUser("old.admin@example.org", "Old", "Admin", true, Map.of());
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"))
                .person("1002", "Anna", "Visser", contract("C2", "2026-11-01", null, "HR"))
                .person("1003", "Kees", "de Vries", contract("C3", "2026-11-01", null, "HR"));
        scenario.clock.setDay(TODAY);
        Engine engine = scenario.engine();
        engine.importSources(ProgressListener.NONE);

        Plan plan = engine.preview(ProgressListener.NONE);

        assertThat(plan.counts().get("helloid")).containsEntry(ActionType.CORRELATE, 2)
                .containsEntry(ActionType.CREATE, 1);
        assertThat(plan.actions()).filteredOn(action -> action.type() == ActionType.CORRELATE)
                .extracting(action -> action.personId()).containsExactlyInAnyOrder("1001", "1002");
        assertThat(plan.unmatchedAccounts()).containsEntry("helloid", List.of("Old Admin (old.admin@example.org)"));
        assertThat(scenario.mutatingCalls()).isEmpty();
    }
}
