package io.idbridge.scenario;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.Engine;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.spi.source.SourcePerson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What must not touch HelloID: broken source rows and previews. */
class SafetyScenarioIT extends HelloIdScenarioTestBase {
    private static final String PIET = "piet.jansen@example.org";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void brokenSourceRowIsBlockedAndNothingIsRevoked() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY);
        scenario.forgetRequests();

        // the same export also moves Piet to FIN, which would revoke department_HR if the row were taken
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-13-45", null, "FIN"));
        Engine.SyncResult result = scenario.syncOn(TODAY.plusDays(1));

        assertThat(result.imported().blocked()).singleElement()
                .satisfies(blocked -> assertThat(blocked.reason()).contains("startDate", "2026-13-45"));
        assertThat(result.imported().carriedOver()).containsExactly("1001");
        assertThat(scenario.mutatingCalls()).isEmpty();
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_HR");
        assertThat(scenario.user(PIET).enabled()).isTrue();
    }

    @Test
    void recordWithoutExternalIdIsBlockedAndItsPersonIsNotTreatedAsALeaver() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"))
                .person("1002", "Anna", "Visser", contract("C2", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY);
        scenario.forgetRequests();

        scenario.source.remove("1002").raw(new SourcePerson(null, Map.of("id", "", "nick", "Anna", "family", "Visser"),
                List.of(contract("C2", "2026-11-01", null, "HR")), "persons.csv line 3"));
        // days later, when a real leaver would long be disabled
        Engine.SyncResult result = scenario.syncOn(TODAY.plusDays(HelloIdScenario.GRACE_DAYS + 2));

        assertThat(result.imported().blocked()).singleElement()
                .satisfies(blocked -> assertThat(blocked.location()).isEqualTo("persons.csv line 3"));
        assertThat(scenario.mutatingCalls()).isEmpty();
        assertThat(scenario.user("anna.visser@example.org").enabled()).isTrue();
        assertThat(scenario.groupsOf("anna.visser@example.org")).containsExactly("All staff", "department_HR");
    }

    @Test
    void previewOfANewOrganisationMakesNoMutatingCall() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "ICT"))
                .person("1002", "Anna", "Visser", contract("C2", "2026-12-10", null, "HR"));
        scenario.clock.setDay(TODAY);
        Engine engine = scenario.engine();
        engine.importSources(ProgressListener.NONE);

        Plan plan = engine.preview(ProgressListener.NONE);

        // Piet has started: his account is created enabled; Anna's is created disabled, to be enabled on her start
        assertThat(plan.counts().get("helloid")).containsEntry(ActionType.CREATE, 2)
                .doesNotContainKey(ActionType.ENABLE).containsEntry(ActionType.CREATE_RESOURCE, 2);
        assertThat(plan.actions()).filteredOn(action -> action.type() == ActionType.CREATE)
                .extracting(action -> action.personId() + " " + action.payload().get("enable"))
                .containsExactlyInAnyOrder("1001 true", "1002 null");
        assertThat(simulator.mutatingRequests()).isEmpty();
        assertThat(simulator.requestLog().requests()).isNotEmpty();
        assertThat(simulator.users()).isEmpty();
        assertThat(simulator.groups()).extracting(group -> group.name()).containsExactly("All staff");
        assertThat(scenario.store.runs(10)).isEmpty();
    }

    @Test
    void previewOfPendingChangesMakesNoMutatingCallAndEnforcementThenCarriesThemOut() {
        scenario.source.person("1001", "Piet", "Jansen", contract("C1", "2026-11-01", null, "HR"));
        scenario.syncOn(TODAY);
        scenario.forgetRequests();
        scenario.source.person("1001", "Piet", "Bakker", contract("C1", "2026-11-01", null, "FIN"));
        scenario.clock.setDay(TODAY.plusDays(1));
        Engine engine = scenario.engine();
        engine.importSources(ProgressListener.NONE);

        Plan plan = engine.preview(ProgressListener.NONE);

        assertThat(plan.counts().get("helloid")).containsEntry(ActionType.UPDATE, 1)
                .containsEntry(ActionType.CREATE_RESOURCE, 1).containsEntry(ActionType.GRANT, 1)
                .containsEntry(ActionType.REVOKE, 1);
        assertThat(simulator.mutatingRequests()).isEmpty();
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_HR");

        engine.enforce(ProgressListener.NONE);
        assertThat(scenario.groupsOf(PIET)).containsExactly("All staff", "department_FIN");
        assertThat(scenario.user(PIET).lastName()).isEqualTo("Bakker");
    }
}
