package io.idbridge.sandbox.topdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.sandbox.topdesk.TopdeskTestClient.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TopdeskQueryTest extends TopdeskTestBase {
    @BeforeEach
    void seedPersons() {
        SimulatedLookup sales = simulator.addDepartment("Sales");
        person("1001", "Jansen", Map.of("firstName", "Jan", "email", "jan.jansen@example.com",
                "department", Map.of("id", sales.id())));
        person("1002", "Janssen", Map.of("firstName", "Piet", "email", "piet@example.com"));
        person("1003", "de Vries", Map.of("firstName", "Anna", "email", "anna@example.com",
                "department", Map.of("id", sales.id())));
        simulator.addAnonymisedPerson(amsterdam.id());
    }

    @Test
    void equalsMatchesOneEmployeeNumber() {
        Answer answer = query("employeeNumber=='1002'");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(surNames(answer)).containsExactly("Janssen");
    }

    @Test
    void equalsIgnoresCase() {
        assertThat(surNames(query("email=='JAN.JANSEN@example.com'"))).containsExactly("Jansen");
    }

    @Test
    void startsWithMatchesAPrefix() {
        assertThat(surNames(query("surName=sw='Jans'"))).containsExactly("Jansen", "Janssen");
    }

    @Test
    void commaIsOr() {
        assertThat(surNames(query("employeeNumber=='1001',employeeNumber=='1003'")))
                .containsExactly("Jansen", "de Vries");
    }

    @Test
    void semicolonIsAnd() {
        assertThat(surNames(query("surName=sw='Jans';firstName=='Piet'"))).containsExactly("Janssen");
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(surNames(query("firstName=='Anna',surName=sw='Jans';firstName=='Jan'")))
                .containsExactly("Jansen", "de Vries");
    }

    @Test
    void notEqualsExcludesAnonymisedPersons() {
        assertThat(surNames(query("employeeNumber != '*****'"))).containsExactly("Jansen", "Janssen", "de Vries");
    }

    @Test
    void inMatchesAnyListedValue() {
        assertThat(surNames(query("employeeNumber=in=('1002','1003')"))).containsExactly("Janssen", "de Vries");
    }

    @Test
    void departmentNameAndArchivedCanBeQueried() {
        assertThat(surNames(query("department.name=='Sales'"))).containsExactly("Jansen", "de Vries");
        assertThat(surNames(query("archived==true"))).containsExactly("*****");
        assertThat(surNames(query("branch.name=='Amsterdam';employeeNumber=='1001'"))).containsExactly("Jansen");
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        Answer answer = query("shoeSize=='42'");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("shoeSize");
    }

    @Test
    void malformedQueryIs400() {
        Answer answer = query("employeeNumber=='1001");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("unterminated");
    }

    @Test
    void correlationQueryWithPageSizeTwoRevealsADuplicate() {
        person("1002", "Jansen-Bakker", Map.of());

        Answer answer = client.get("/persons?page_size=2&query=" + encode("employeeNumber=='1002'"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).hasSize(2);
    }

    @Test
    void archivedParameterFiltersAndItsAbsenceListsBoth() {
        assertThat(surNames(client.get("/persons?archived=true"))).containsExactly("*****");
        assertThat(surNames(client.get("/persons?archived=false"))).hasSize(3).doesNotContain("*****");
        assertThat(surNames(client.get("/persons"))).hasSize(4);
    }

    @Test
    void fieldsSelectsTheFieldsOfEachPerson() {
        Answer answer = client.get("/persons?$fields=id,surName&query=" + encode("employeeNumber=='1001'"));

        JsonNode person = answer.json().get(0);
        List<String> names = new ArrayList<>();
        person.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "surName");
        assertThat(person.get("surName").asText()).isEqualTo("Jansen");
    }

    private static Answer query(String fiql) {
        return client.get("/persons?query=" + encode(fiql));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> surNames(Answer answer) {
        List<String> names = new ArrayList<>();
        if (answer.status() == 204) {
            return names;
        }
        answer.json().forEach(person -> names.add(person.get("surName").asText()));
        return names;
    }
}
