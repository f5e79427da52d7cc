package io.idbridge.scenario;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.Engine;
import io.idbridge.sandbox.FailurePoint;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A flaky HelloID: failures are retried, and a request processed but answered 503 never duplicates an account. */
class ResilienceScenarioIT extends HelloIdScenarioTestBase {
    private static final String PIET = "piet.jansen@example.org";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void unavailableAnswersAreRetried() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
        simulator.faults().failNext(2, FailurePoint.BEFORE_PROCESSING);

        Engine.SyncResult result = scenario.syncOn(TODAY);

        assertThat(simulator.requestLog().withStatus(503)).hasSize(2);
        assertThat(result.run().failed()).isEmpty();
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_HR");
    }

    @Test
    void requestsProcessedButAnsweredUnavailableNeverDuplicateUsersOrGroups() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"))
                .person("1002", "Anna", "Visser", contract("C2", "2026-11-01", null, "FIN"));
        simulator.faults().failureRate(0.3, 7, FailurePoint.AFTER_PROCESSING);

        for (int run = 0; run < 5; run++) {
            scenario.syncOn(TODAY);
        }
        simulator.faults().reset();
        Engine.SyncResult settled = scenario.syncOn(TODAY);

        assertThat(simulator.requestLog().withStatus(503)).isNotEmpty();
        assertThat(settled.run().failed()).isEmpty();
        assertThat(simulator.users()).extracting(SimulatedUser::userName)
                .containsExactlyInAnyOrder(PIET, "anna.visser@example.org");
        assertThat(simulator.groups()).extracting(group -> group.name())
                .containsExactlyInAnyOrder("All staff", "department_HR", "department_FIN");
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_HR");
        assertThat(scenario.groupsOf("anna.visser@example.org")).containsExactly("All staff", "department_FIN");
        assertThat(scenario.store.account("helloid", "1001").orElseThrow().refJson())
                .contains(scenario.user(PIET).userGuid());
    }
}
