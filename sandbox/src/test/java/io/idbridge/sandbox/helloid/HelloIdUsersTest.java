package io.idbridge.sandbox.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.sandbox.helloid.HelloIdTestClient.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HelloIdUsersTest extends SimulatorTestBase {
    @Test
    void createAnswersTheUserWithGeneratedIdsAndDefaults() {
        Answer answer = client.post("/users", HelloIdTestClient.json(Map.of("userName", "j.doe@example.com",
                "firstName", "Jan", "lastName", "Doe", "source", "Local", "password", "Welcome01!",
                "userAttributes", Map.of("department", "Finance"))));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode user = answer.json();
        assertThat(user.get("userGUID").asText()).matches("[0-9a-f-]{36}");
        assertThat(user.get("id").isInt()).isTrue();
        assertThat(user.get("userName").asText()).isEqualTo("j.doe@example.com");
        assertThat(user.get("isEnabled").asBoolean()).isFalse();
        assertThat(user.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(user.get("source").asText()).isEqualTo("API");
        assertThat(user.get("userAttributes").get("department").asText()).isEqualTo("Finance");
        assertThat(user.has("password")).isFalse();
        assertThat(user.get("links").get(0).get("location").asText())
                .isEqualTo("/api/v1/users/" + user.get("userGUID").asText());
        assertThat(simulator.users()).extracting(SimulatedUser::userName).containsExactly("j.doe@example.com");
    }

    @Test
    void userIsFoundByGuidAndByUserNameIgnoringCase() {
        SimulatedUser user = simulator.addUser("Ann.Smith@example.com", "Ann", "Smith");

        assertThat(client.get("/users/" + user.userGuid().toUpperCase()).json().get("userName").asText())
                .isEqualTo("Ann.Smith@example.com");
        assertThat(client.get("/users/ann.smith%40example.com").json().get("userGUID").asText())
                .isEqualTo(user.userGuid());
    }

    @Test
    void unknownUserIs404WithUserNotFound() {
        Answer answer = client.get("/users/nobody@example.com");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asText()).isEqualTo("User not found");
        assertThat(client.put("/users/0b5a7b36-1d1c-4b5e-9c1e-000000000000", "{}").status()).isEqualTo(404);
        assertThat(client.delete("/users/nobody@example.com").json().get("message").asText())
                .isEqualTo("User not found");
    }

    @Test
    void duplicateUserNameIsRejectedIgnoringCase() {
        simulator.addUser("taken@example.com", "A", "B");

        Answer answer = client.post("/users", HelloIdTestClient.json(Map.of("userName", "TAKEN@example.com")));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("message").asText()).contains("TAKEN@example.com");
        assertThat(answer.json().get("resultMsg").asText()).isEqualTo(answer.json().get("message").asText());
        assertThat(simulator.users()).hasSize(1);
    }

    @Test
    void createWithoutUserNameIsABadRequest() {
        Answer answer = client.post("/users", HelloIdTestClient.json(Map.of("firstName", "Nameless")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("userName is required");
    }

    @Test
    void putReplacesTheWholeUserAndKeepsTheNameWithoutIdentifierObject() {
        SimulatedUser user = simulator.addUser("p.jansen@example.com", "Piet", "Jansen", false,
                Map.of("title", "Clerk", "phoneNumber", "0612345678"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userName", "ignored@example.com");
        body.put("firstName", "Piet");
        body.put("isEnabled", true);
        body.put("userAttributes", Map.of("title", "Manager"));

        Answer answer = client.put("/users/" + user.userGuid(), HelloIdTestClient.json(body));

        assertThat(answer.status()).isEqualTo(200);
        SimulatedUser replaced = simulator.user(user.userGuid()).orElseThrow();
        assertThat(replaced.userName()).isEqualTo("p.jansen@example.com");
        assertThat(replaced.enabled()).isTrue();
        assertThat(replaced.lastName()).isNull();
        assertThat(replaced.userAttributes()).isEqualTo(Map.of("title", "Manager"));
        assertThat(replaced.source()).isEqualTo("Local");
    }

    @Test
    void userNameChangesThroughIdentifierObjectAndMustStayUnique() {
        SimulatedUser user = simulator.addUser("old@example.com", "O", "Ld");
        simulator.addUser("other@example.com", "Ot", "Her");

        Answer renamed = client.put("/users/" + user.userGuid(),
                "{\"userName\":\"old@example.com\",\"identifierObject\":{\"UserName\":\"new@example.com\"}}");
        Answer clash = client.put("/users/" + user.userGuid(),
                "{\"IdentifierObject\":{\"userName\":\"Other@example.com\"}}");

        assertThat(renamed.json().get("userName").asText()).isEqualTo("new@example.com");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(simulator.user(user.userGuid()).orElseThrow().userName()).isEqualTo("new@example.com");
        assertThat(client.get("/users/NEW@example.com").json().get("userGUID").asText()).isEqualTo(user.userGuid());
        assertThat(client.get("/users/old@example.com").status()).as("the old name is free").isEqualTo(404);
        assertThat(client.post("/users", HelloIdTestClient.json(Map.of("userName", "old@example.com"))).status())
                .isEqualTo(200);
    }

    @Test
    void deleteAnswers200WithoutBodyAndMovesTheUserToTheDeletedList() {
        SimulatedUser user = simulator.addUser("leaver@example.com", "Lea", "Ver");
        SimulatedGroup group = simulator.addGroup("Staff");
        simulator.addMember(group.groupGuid(), user.userGuid());

        Answer answer = client.delete("/users/" + user.userGuid());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertThat(client.get("/users/" + user.userGuid()).status()).isEqualTo(404);
        assertThat(client.get("/users").json()).isEmpty();
        JsonNode deleted = client.get("/users?isDeleted=true").json();
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).get("isDeleted").asBoolean()).isTrue();
        assertThat(simulator.members(group.groupGuid())).isEmpty();
        assertThat(client.post("/users", HelloIdTestClient.json(Map.of("userName", "leaver@example.com"))).status())
                .isEqualTo(200);
    }

    @Test
    void listPagesWithTakeAndSkipAndTakesOneHundredByDefault() {
        for (int i = 0; i < 101; i++) {
            simulator.addUser("user" + i + "@example.com", "User", String.valueOf(i));
        }

        assertThat(client.get("/users").json()).hasSize(100);
        JsonNode page = client.get("/users?take=10&skip=95").json();
        assertThat(page).hasSize(6);
        assertThat(page.get(0).get("userName").asText()).isEqualTo("user95@example.com");
        assertThat(client.get("/users?take=1000&skip=0").json()).hasSize(101);
        assertThat(client.get("/users?take=-1").status()).isEqualTo(400);
    }

    @Test
    void listFiltersOnEnabled() {
        simulator.addUser("on@example.com", "On", "E", true, Map.of());
        simulator.addUser("off@example.com", "Off", "E", false, Map.of());

        JsonNode enabled = client.get("/users?enabled=true").json();

        assertThat(enabled).hasSize(1);
        assertThat(enabled.get(0).get("userName").asText()).isEqualTo("on@example.com");
    }

    @Test
    void dataWrapperSwitchWrapsEveryList() {
        simulator.addUser("a@example.com", "A", "A");
        simulator.wrapListsInData(true);

        JsonNode body = client.get("/users").json();

        assertThat(body.isObject()).isTrue();
        assertThat(body.get("data")).hasSize(1);
        assertThat(client.get("/groups").json().get("data").isArray()).isTrue();
    }

    @Test
    void nonAsciiNamesSurviveTheRoundTrip() {
        Answer created = client.post("/users", HelloIdTestClient.json(Map.of("userName", "omer.celik@example.com",
                "firstName", "Ömer", "lastName", "Çelik")));

        JsonNode read = client.get("/users/" + created.json().get("userGUID").asText()).json();

        assertThat(read.get("firstName").asText()).isEqualTo("Ömer");
        assertThat(read.get("lastName").asText()).isEqualTo("Çelik");
        assertThat(simulator.users()).extracting(SimulatedUser::lastName).containsExactly("Çelik");
    }

    @Test
    void concurrentCreatesOfOneUserNameLetExactlyOneWin() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                statuses.add(executor.submit(() -> client.post("/users",
                        HelloIdTestClient.json(Map.of("userName", "race@example.com"))).status()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }

            assertThat(answered).containsOnly(200, 409);
            assertThat(answered.stream().filter(status -> status == 200).count()).isEqualTo(1);
            assertThat(simulator.users()).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void unknownManagerIsABadRequest() {
        Answer answer = client.post("/users", HelloIdTestClient.json(Map.of("userName", "x@example.com",
                "managedByUserGUID", "0b5a7b36-1d1c-4b5e-9c1e-000000000000")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(simulator.users()).isEmpty();
    }

    @Test
    void createWithoutBodyIsABadRequest() {
        Answer answer = client.send("POST", "/users", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("The request body must be a JSON object");
    }
}
