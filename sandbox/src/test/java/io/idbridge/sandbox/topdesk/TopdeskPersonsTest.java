package io.idbridge.sandbox.topdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.sandbox.topdesk.TopdeskTestClient.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopdeskPersonsTest extends TopdeskTestBase {
    @Test
    void createWithAnExistingBranchAnswers201WithTheFullPerson() {
        SimulatedLookup sales = simulator.addDepartment("Sales");
        String body = TopdeskTestClient.json(Map.of("firstName", "Jan", "prefixes", "van", "surName", "Dijk",
                "employeeNumber", "1001", "gender", "MALE", "branch", Map.of("id", amsterdam.id()),
                "department", Map.of("id", sales.id()), "mainframeLoginName", "Managed by HelloID"));

        Answer answer = client.post("/persons", body);

        assertThat(answer.status()).isEqualTo(201);
        JsonNode person = answer.json();
        assertThat(person.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(person.get("status").asText()).isEqualTo("person");
        assertThat(person.get("dynamicName").asText()).isEqualTo("Jan van Dijk");
        assertThat(person.get("branch").get("name").asText()).isEqualTo("Amsterdam");
        assertThat(person.get("department").get("name").asText()).isEqualTo("Sales");
        assertThat(person.get("budgetHolder").isNull()).isTrue();
        assertThat(person.get("email").asText()).isEmpty();
        assertThat(person.get("isManager").asBoolean()).isFalse();
        assertThat(simulator.personByEmployeeNumber("1001")).get()
                .extracting(SimulatedPerson::id).isEqualTo(person.get("id").asText());
    }

    @Test
    void createWithoutABranchIs400NamingTheBranch() {
        Answer answer = client.post("/persons", "{\"surName\":\"Dijk\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("branch").contains("mandatory");
        assertThat(simulator.persons()).isEmpty();
    }

    @Test
    void createWithAnUnknownBranchIs400() {
        Answer answer = client.post("/persons", "{\"surName\":\"Dijk\",\"branch\":{\"id\":\"nope\"}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("No branch found with id 'nope'");
    }

    @Test
    void createWithABranchNameInsteadOfAnIdIs400() {
        Answer answer = client.post("/persons", "{\"surName\":\"Dijk\",\"branch\":{\"name\":\"Amsterdam\"}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("by id");
    }

    @Test
    void createWithAnUnknownFieldIs400() {
        String body = "{\"surName\":\"Dijk\",\"branch_id\":\"" + amsterdam.id() + "\"}";

        assertThat(client.post("/persons", body).message()).isEqualTo("Unknown field 'branch_id'");
    }

    @Test
    void managerMustExistAndBeFlaggedAsManager() {
        SimulatedPerson boss = person("1", "Baas", Map.of());
        String body = TopdeskTestClient.json(Map.of("surName", "Dijk", "branch", Map.of("id", amsterdam.id()),
                "manager", Map.of("id", boss.id())));

        Answer notAManager = client.post("/persons", body);
        client.patch("/persons/id/" + boss.id(), "{\"isManager\":true}");
        Answer created = client.post("/persons", body);

        assertThat(notAManager.status()).isEqualTo(400);
        assertThat(notAManager.message()).contains("is not a manager");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("manager").get("id").asText()).isEqualTo(boss.id());
        assertThat(client.post("/persons", body.replace(boss.id(), "unknown")).status()).isEqualTo(400);
    }

    @Test
    void getOfAnUnknownIdIs404WithAnErrorBody() {
        Answer answer = client.get("/persons/id/00000000-0000-0000-0000-000000000000");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).contains("No person found");
    }

    @Test
    void getFindsThePersonIgnoringTheCaseOfTheId() {
        SimulatedPerson person = person("1", "Dijk", Map.of());

        Answer answer = client.get("/persons/id/" + person.id().toUpperCase());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("surName").asText()).isEqualTo("Dijk");
    }

    @Test
    void patchChangesOnlyTheFieldsInTheBody() {
        SimulatedPerson person = person("1", "Dijk", Map.of("email", "old@example.com", "jobTitle", "Clerk"));

        Answer answer = client.patch("/persons/id/" + person.id(), "{\"email\":\"new@example.com\",\"tasLoginName\":null}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("email").asText()).isEqualTo("new@example.com");
        SimulatedPerson patched = simulator.person(person.id()).orElseThrow();
        assertThat(patched.email()).isEqualTo("new@example.com");
        assertThat(patched.text("jobTitle")).isEqualTo("Clerk");
        assertThat(patched.tasLoginName()).isEmpty();
        assertThat(patched.employeeNumber()).isEqualTo("1");
    }

    @Test
    void patchCannotClearTheBranchOrBreakTheRules() {
        SimulatedPerson person = person("1", "Dijk", Map.of());
        String path = "/persons/id/" + person.id();

        assertThat(client.patch(path, "{\"branch\":null}").message()).contains("cannot be cleared");
        assertThat(client.patch(path, "{\"gender\":\"M\"}").message()).contains("MALE, FEMALE or UNDEFINED");
        assertThat(client.patch(path, "{\"firstInitials\":\"A.B.C.D.E.F.\"}").message()).contains("10 characters");
        assertThat(client.patch(path, "{\"id\":\"x\"}").message()).contains("read-only");
        assertThat(simulator.person(person.id()).orElseThrow()).isEqualTo(person);
    }

    @Test
    void tasLoginNameMustBeUnique() {
        person("1", "Dijk", Map.of("tasLoginName", "jdijk"));
        SimulatedPerson other = person("2", "Dijkstra", Map.of());

        Answer answer = client.patch("/persons/id/" + other.id(), "{\"tasLoginName\":\"JDIJK\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("already in use");
    }

    @Test
    void patchOfAnArchivedPersonIsRefusedUntilUnarchived() {
        SimulatedPerson person = person("1", "Dijk", Map.of());
        simulator.archive(person.id());
        String path = "/persons/id/" + person.id();

        Answer refused = client.patch(path, "{\"email\":\"new@example.com\"}");
        Answer unarchived = client.patch(path + "/unarchive", null);
        Answer patched = client.patch(path, "{\"email\":\"new@example.com\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("archived").contains("unarchive");
        assertThat(unarchived.status()).isEqualTo(200);
        assertThat(unarchived.json().get("status").asText()).isEqualTo("person");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(simulator.person(person.id()).orElseThrow().email()).isEqualTo("new@example.com");
    }

    @Test
    void archiveTakesAnArchivingReasonId() {
        SimulatedPerson person = person("1", "Dijk", Map.of());
        SimulatedLookup reason = simulator.archivingReasons().get(0);

        Answer answer = client.patch("/persons/id/" + person.id() + "/archive", "{\"id\":\"" + reason.id() + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("personArchived");
        SimulatedPerson archived = simulator.person(person.id()).orElseThrow();
        assertThat(archived.archived()).isTrue();
        assertThat(archived.archivingReasonId()).isEqualTo(reason.id());
    }

    @Test
    void archiveWithAnUnknownOrMissingReasonIs400AndChangesNothing() {
        SimulatedPerson person = person("1", "Dijk", Map.of());
        String path = "/persons/id/" + person.id() + "/archive";

        assertThat(client.patch(path, "{\"id\":\"no-such-reason\"}").message())
                .isEqualTo("No archiving reason found with id 'no-such-reason'");
        assertThat(client.patch(path, "{}").message()).contains("archiving reason is mandatory");
        assertThat(simulator.person(person.id()).orElseThrow().archived()).isFalse();
    }

    @Test
    void archivingTwiceOrUnarchivingAnActivePersonIs400() {
        SimulatedPerson person = person("1", "Dijk", Map.of());
        String reason = "{\"id\":\"" + simulator.archivingReasons().get(0).id() + "\"}";
        String path = "/persons/id/" + person.id();

        Answer notArchived = client.patch(path + "/unarchive", "null");
        client.patch(path + "/archive", reason);
        Answer again = client.patch(path + "/archive", reason);

        assertThat(notArchived.status()).isEqualTo(400);
        assertThat(notArchived.message()).contains("is not archived");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.message()).contains("already archived");
    }

    @Test
    void archiveOfAnUnknownPersonIs404() {
        Answer answer = client.patch("/persons/id/unknown/archive",
                "{\"id\":\"" + simulator.archivingReasons().get(0).id() + "\"}");

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void seedingFollowsTheApiRules() {
        assertThatThrownBy(() -> simulator.addPerson("1", "Jan", "Dijk", "no-branch"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No branch found");
        assertThatThrownBy(() -> simulator.unarchive(person("2", "Dijk", Map.of()).id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not archived");
    }

    @Test
    void personByEmployeeNumberRefusesToChooseBetweenDuplicates() {
        person("7", "Dijk", Map.of());
        person("7", "Dijkstra", Map.of());

        assertThatThrownBy(() -> simulator.personByEmployeeNumber("7")).isInstanceOf(IllegalStateException.class);
        assertThat(simulator.personByEmployeeNumber("8")).isEmpty();
    }

    @Test
    void utf8NamesSurviveTheRoundTrip() {
        String body = TopdeskTestClient.json(Map.of("surName", "Çelik-Ødegård", "firstName", "Zoë",
                "branch", Map.of("id", amsterdam.id())));

        Answer created = client.post("/persons", body);

        assertThat(created.json().get("dynamicName").asText()).isEqualTo("Zoë Çelik-Ødegård");
        assertThat(simulator.persons().get(0).surName()).isEqualTo("Çelik-Ødegård");
    }

    @Test
    void patchWithoutABodyIs400() {
        SimulatedPerson person = person("1", "Dijk", Map.of());

        Answer answer = client.patch("/persons/id/" + person.id(), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("JSON object");
    }
}
