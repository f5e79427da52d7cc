package io.idbridge.sandbox.topdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.sandbox.topdesk.TopdeskTestClient.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopdeskLookupsTest extends TopdeskTestBase {
    @Test
    void archivingReasonAndCountryAreSeeded() {
        Answer reasons = client.get("/archiving-reasons");
        Answer countries = client.get("/countries");

        assertThat(reasons.json()).hasSize(1);
        assertThat(reasons.json().get(0).get("name").asText()).isEqualTo("Persoon uit organisatie");
        assertThat(reasons.json().get(0).get("id").asText()).isEqualTo(simulator.archivingReasons().get(0).id());
        assertThat(countries.json().get(0).get("name").asText()).isEqualTo("Nederland");
    }

    @Test
    void listsAnswerEveryEntryWithIdAndName() {
        simulator.addDepartment("Sales");
        simulator.addDepartment("Finance");
        simulator.addBudgetHolder("CC-100");

        Answer departments = client.get("/departments");
        Answer budgetHolders = client.get("/budgetholders");

        assertThat(departments.json()).extracting(node -> node.get("name").asText()).containsExactly("Sales", "Finance");
        assertThat(budgetHolders.json().get(0).get("name").asText()).isEqualTo("CC-100");
        assertThat(budgetHolders.json().get(0).get("id").asText()).isEqualTo(simulator.budgetHolders().get(0).id());
    }

    @Test
    void postBranchCreatesABranchInACountry() {
        String country = simulator.countries().get(0).id();
        String body = TopdeskTestClient.json(Map.of("name", "Utrecht",
                "postalAddress", Map.of("country", Map.of("id", country)), "branchType", "independentBranch"));

        Answer answer = client.post("/branches", body);

        assertThat(answer.status()).isEqualTo(201);
        JsonNode branch = answer.json();
        assertThat(branch.get("name").asText()).isEqualTo("Utrecht");
        assertThat(branch.get("postalAddress").get("country").get("name").asText()).isEqualTo("Nederland");
        assertThat(simulator.branches()).extracting(SimulatedBranch::name).containsExactly("Amsterdam", "Utrecht");
        assertThat(client.get("/branches").json()).hasSize(2);
    }

    @Test
    void postBranchChecksTypeAndCountry() {
        assertThat(client.post("/branches", "{\"name\":\"X\",\"branchType\":\"tinyBranch\"}").message())
                .contains("tinyBranch");
        assertThat(client.post("/branches", "{\"name\":\"X\",\"postalAddress\":{\"country\":{\"id\":\"nope\"}}}")
                .message()).isEqualTo("No country found with id 'nope'");
        assertThat(simulator.branches()).hasSize(1);
    }

    @Test
    void postDepartmentAndBudgetHolderCreateEntries() {
        Answer department = client.post("/departments", "{\"name\":\"Sales\"}");
        Answer budgetHolder = client.post("/budgetholders", "{\"name\":\"CC-100\"}");

        assertThat(department.status()).isEqualTo(201);
        assertThat(department.json().get("id").asText()).isEqualTo(simulator.departments().get(0).id());
        assertThat(budgetHolder.status()).isEqualTo(201);
        assertThat(simulator.budgetHolders()).extracting(SimulatedLookup::name).containsExactly("CC-100");
    }

    @Test
    void aDuplicateNameIs400() {
        client.post("/departments", "{\"name\":\"Sales\"}");

        Answer duplicate = client.post("/departments", "{\"name\":\"sales\"}");
        Answer branch = client.post("/branches", "{\"name\":\"Amsterdam\"}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.message()).isEqualTo("A department with name 'sales' already exists");
        assertThat(branch.status()).isEqualTo(400);
        assertThat(simulator.departments()).hasSize(1);
    }

    @Test
    void aMissingNameIs400() {
        assertThat(client.post("/budgetholders", "{}").message()).contains("'name'").contains("mandatory");
    }

    @Test
    void archivingReasonsCannotBeCreatedOverHttp() {
        assertThat(client.post("/archiving-reasons", "{\"name\":\"Other\"}").status()).isEqualTo(405);
    }
}
