package io.idbridge.connector.afas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the AFAS source makes of the GetConnectors: contracts, the department chain, managers, paging, failures. */
class AfasSourceConnectorTest {
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
    void seedTwoDepartmentsUnderTheOrganisation() {
        afas.reset();
        afas.today(AfasTestSupport.TODAY);
        unit("ORG", "Lindeveld", null, "1000");
        unit("D01", "Zorg", "ORG", "1001");
        unit("T0101", "Team Noord", "D01", null);
        AfasTestSupport.employee(afas, "1000", "Anne de Vries", "12345.1000");
        AfasTestSupport.employee(afas, "1001", "Bram Jansen", null);
        // 1001 has two positions in the one employment seeded by the support class
        position("1001", "1001-1", "1001-1-a", "T0101", "1001", "2020-01-01T00:00:00Z");
        position("1001", "1001-1", "1001-1-b", "D01", "1000", "2020-01-01T00:00:00Z");
    }

    @Test
    void contractsFromPositionsAreOnePerPositionWithTheEmploymentFieldsBesideThem() {
        List<SourcePerson> persons = read(Map.of());

        SourcePerson bram = person(persons, "1001");
        assertThat(bram.contracts()).hasSize(2);
        assertThat(bram.contracts().get(0).fields())
                .containsEntry("pos_ExternalID", "1001-1-a")
                .containsEntry("empl_ExternalID", "1001-1")
                .containsEntry("All_Department_ExternalIds", "\"T0101\",\"D01\",\"ORG\"");
        assertThat(bram.contracts().get(1).fields()).containsEntry("All_Department_ExternalIds", "\"D01\",\"ORG\"");
        // iterating a position's fields gives its own and its employment's, each once, as a copy of them shows
        Map<String, Object> copied = new java.util.HashMap<>(bram.contracts().get(0).fields());
        assertThat(copied).hasSize(bram.contracts().get(0).fields().size()).containsEntry("empl_ExternalID", "1001-1")
                .containsEntry("pos_ExternalID", "1001-1-a").isEqualTo(bram.contracts().get(0).fields());
        // an employment without positions is still a contract
        assertThat(person(persons, "1000").contracts()).singleElement()
                .satisfies(contract -> assertThat(contract.fields()).containsEntry("empl_ExternalID", "1000-1")
                        .doesNotContainKey("pos_ExternalID"));
    }

    @Test
    void contractsFromEmploymentsIgnoreThePositions() {
        List<SourcePerson> persons = read(Map.of(AfasSourceConfig.CONTRACTS_FROM, "employments"));

        assertThat(person(persons, "1001").contracts()).singleElement()
                .satisfies(contract -> assertThat(contract.fields()).doesNotContainKey("pos_ExternalID"));
        assertThat(afas.requestLog().requests()).noneMatch(request -> request.path().endsWith(AfasSimulator.POSITIONS));
    }

    @Test
    void managersComeFromTheUnitsAndFromTheActiveContract() {
        List<SourcePerson> persons = read(Map.of());

        assertThat(person(persons, "1000").fields()).containsEntry("ManagerOf", "\"ORG\"");
        assertThat(person(persons, "1001").fields()).containsEntry("ManagerOf", "\"D01\"")
                .containsEntry("Medewerkernummer_leidinggevende", "1001");
        try (AfasSourceConnector source = AfasTestSupport.source(afas.baseUrl(), Map.of());
             Stream<SourceDepartment> departments = source.departments()) {
            assertThat(departments.toList()).extracting(SourceDepartment::externalId, SourceDepartment::parentExternalId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("D01", "ORG"),
                            org.assertj.core.groups.Tuple.tuple("ORG", null),
                            org.assertj.core.groups.Tuple.tuple("T0101", "D01"));
        }
    }

    @Test
    void personsWithoutContractsAreLeftOutUnlessConfiguredOtherwise() {
        // an external (type N): the Users connector gives the employee, the Employments connector leaves it out
        afas.updateRow(AfasSimulator.EMPLOYMENTS, "1000-1", Map.of("Soort_medewerker_code", "N"));

        assertThat(read(Map.of(AfasSourceConfig.CONTRACTS_FROM, "employments"))).extracting(SourcePerson::externalId)
                .as("left out by default, as the reference connector does").containsExactly("1001");
        assertThat(read(Map.of(AfasSourceConfig.CONTRACTS_FROM, "employments",
                AfasSourceConfig.EXCLUDE_PERSONS_WITHOUT_CONTRACTS, false)))
                .extracting(SourcePerson::externalId).containsExactly("1000", "1001");
    }

    @Test
    void pagesAreAskedWithSkipTakeAndAStableSortAndTheFilterGoesToAfas() {
        read(Map.of(AfasSourceConfig.PAGE_SIZE, 1, AfasSourceConfig.USERS_FILTER,
                "filterfieldids=Medewerker&filtervalues=1001&operatortypes=1"));

        List<String> users = afas.requestLog().requests().stream()
                .filter(request -> request.path().endsWith(AfasSimulator.USERS)).map(RecordedRequest::query).toList();
        assertThat(users).isNotEmpty().allSatisfy(query -> assertThat(query).contains("take=1")
                .contains("orderbyfieldids=Medewerker").contains("filterfieldids=Medewerker")
                .contains("filtervalues=1001"));
        assertThat(users.get(0)).contains("skip=0");
    }

    @Test
    void aPageThatFailsEndsTheReadWithAnErrorNeverWithFewerPersons() {
        afas.failPage(AfasSimulator.USERS, 2, Integer.MAX_VALUE);

        assertThatThrownBy(() -> read(Map.of(AfasSourceConfig.PAGE_SIZE, 1)))
                .isInstanceOfSatisfying(ConnectorException.class,
                        failure -> assertThat(failure.retryable()).isTrue())
                .hasMessageContaining(AfasSimulator.USERS).hasMessageContaining("503");
    }

    @Test
    void aWrongTokenIsAnAuthenticationFailureThatNeverShowsTheToken() {
        String wrong = "<token><version>1</version><data>WRONG0123456789</data></token>";
        try (AfasSourceConnector source = AfasTestSupport.source(afas.baseUrl(),
                Map.of(AfasConnection.TOKEN, new io.idbridge.spi.config.Secret(wrong)))) {
            assertThatThrownBy(source::test)
                    .isInstanceOfSatisfying(ConnectorException.class,
                            failure -> assertThat(failure.errorType()).isEqualTo(ErrorType.AUTHENTICATION))
                    .message().doesNotContain("WRONG0123456789")
                    .doesNotContain(AfasSimulator.authorization(wrong).substring("AfasToken ".length()));
        }
    }

    private static List<SourcePerson> read(Map<String, Object> config) {
        try (AfasSourceConnector source = AfasTestSupport.source(afas.baseUrl(), config);
             Stream<SourcePerson> persons = source.persons()) {
            return persons.toList();
        }
    }

    private static SourcePerson person(List<SourcePerson> persons, String id) {
        return persons.stream().filter(person -> id.equals(person.externalId())).findFirst().orElseThrow();
    }

    private static void unit(String code, String name, String parent, String manager) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ExternalId", code);
        row.put("DisplayName", name);
        row.put("ParentExternalId", parent);
        row.put("ManagerExternalId", manager);
        afas.addRow(AfasSimulator.ORGANIZATIONAL_UNITS, row);
    }

    private static void position(String medewerker, String employment, String id, String unit, String manager,
                                 String start) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Medewerker", medewerker);
        row.put("EmploymentExternalID", employment);
        row.put("ExternalID", id);
        row.put("Organisatorische_eenheid_code", unit);
        row.put("Medewerkernummer_leidinggevende", manager);
        row.put("Begindatum_functie", start);
        afas.addRow(AfasSimulator.POSITIONS, row);
    }
}
