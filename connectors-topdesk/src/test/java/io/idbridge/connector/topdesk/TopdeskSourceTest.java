package io.idbridge.connector.topdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.sandbox.topdesk.SimulatedBranch;
import io.idbridge.sandbox.topdesk.SimulatedLookup;
import io.idbridge.sandbox.topdesk.TopdeskSimulator;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TOPdesk source: the v2 collection, anonymised persons, archived persons, the query, failing pages. */
class TopdeskSourceTest {
    private static TopdeskSimulator topdesk;
    private SimulatedBranch hired;
    private SimulatedLookup ict;

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
        hired = topdesk.addBranch("Inhuur");
        SimulatedBranch office = topdesk.addBranch("Kantoor");
        ict = topdesk.addDepartment("ICT");
        person("X1", "Inge", hired, false);
        person("X2", "Bram", hired, true);
        person("", "Zonder", hired, false);
        person("E1", "Eigen", office, false);
        topdesk.addAnonymisedPerson(hired.id());
    }

    @Test
    void personsComeFromTheV2CollectionWithFlatFieldsAndOneContractEachAndAnonymisedOnesLeftOut() {
        try (TopdeskSourceConnector source = TopdeskTestSupport.source(topdesk.baseUrl(), Map.of())) {
            List<SourcePerson> persons = source.persons().toList();

            assertThat(persons).extracting(SourcePerson::externalId).hasSize(4).contains("X1", "X2", "E1")
                    .doesNotContain("*****");
            SourcePerson inge = persons.get(0);
            assertThat(inge.fields()).containsEntry("branch_name", "Inhuur").containsEntry("department_id", ict.id())
                    .containsEntry("department_name", "ICT").containsEntry("archived", false);
            assertThat(inge.contracts()).singleElement().satisfies(contract ->
                    assertThat(contract.fields()).containsEntry("id", inge.fields().get("id")));
            assertThat(persons.get(1).fields()).containsEntry("archived", true);
            assertThat(persons.get(2).externalId()).as("no employee number: the TOPdesk id")
                    .isEqualTo(persons.get(2).fields().get("id"));
            assertThat(topdesk.requestLog().requests()).allSatisfy(request -> {
                assertThat(request.query()).contains("employeeNumber");
                assertThat(request.headers().toString()).contains(TopdeskClient.V2_COLLECTION);
            });
        }
    }

    @Test
    void theQueryAndIncludeArchivedSelectThePersons() {
        Map<String, Object> config = Map.of(TopdeskSourceConfig.QUERY, "branch.name=='Inhuur'",
                TopdeskSourceConfig.INCLUDE_ARCHIVED, false);
        try (TopdeskSourceConnector source = TopdeskTestSupport.source(topdesk.baseUrl(), config)) {
            assertThat(source.persons().map(SourcePerson::externalId).toList()).hasSize(2).contains("X1")
                    .doesNotContain("X2", "E1");
        }
    }

    @Test
    void everyPageIsFollowedToTheEnd() {
        for (int index = 0; index < 23; index++) {
            person("P" + index, "Page", hired, false);
        }
        try (TopdeskSourceConnector source = TopdeskTestSupport.source(topdesk.baseUrl(),
                Map.of(TopdeskSourceConfig.PAGE_SIZE, 5))) {
            assertThat(source.persons().count()).isEqualTo(27);
            assertThat(topdesk.requestLog().size()).isEqualTo(6);
        }
    }

    @Test
    void aFailingPageFailsTheReadInsteadOfEndingItEarly() {
        for (int index = 0; index < 10; index++) {
            person("P" + index, "Page", hired, false);
        }
        topdesk.failPersonsPage(2, Integer.MAX_VALUE);
        try (TopdeskSourceConnector source = TopdeskTestSupport.source(topdesk.baseUrl(),
                Map.of(TopdeskSourceConfig.PAGE_SIZE, 5))) {
            assertThatThrownBy(() -> source.persons().toList()).isInstanceOfSatisfying(ConnectorException.class,
                    error -> {
                        assertThat(error.errorType()).isEqualTo(ErrorType.TRANSIENT);
                        assertThat(error.getMessage()).contains("GET /tas/api/persons", "503");
                    });
        }
    }

    @Test
    void departmentsAreTopdesksKeyedById() {
        try (TopdeskSourceConnector source = TopdeskTestSupport.source(topdesk.baseUrl(), Map.of())) {
            assertThat(source.departments().toList()).containsExactly(new SourceDepartment(ict.id(), "ICT", null, null));
        }
    }

    private static void person(String employeeNumber, String firstName, SimulatedBranch branch, boolean archived) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("employeeNumber", employeeNumber);
        fields.put("firstName", firstName);
        fields.put("surName", "Jansen");
        fields.put("branch", Map.of("id", branch.id()));
        if (branch.name().equals("Inhuur")) {
            fields.put("department", Map.of("id", topdesk.departments().get(0).id()));
        }
        topdesk.addPerson(fields, archived);
    }
}
