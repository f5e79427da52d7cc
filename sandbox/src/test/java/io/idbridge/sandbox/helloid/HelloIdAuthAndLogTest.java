package io.idbridge.sandbox.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.helloid.HelloIdTestClient.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloIdAuthAndLogTest extends SimulatorTestBase {
    @Test
    void missingOrWrongCredentialsAre401WithAMessage() {
        Answer missing = new HelloIdTestClient(simulator.baseUrl(), null, null).get("/users");
        Answer wrong = new HelloIdTestClient(simulator.baseUrl(), HelloIdSimulator.DEFAULT_API_KEY, "wrong")
                .post("/users", "{\"userName\":\"x@example.com\"}");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("message").asText()).isEqualTo("Authorization has been denied for this request.");
        assertThat(missing.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(simulator.users()).isEmpty();
    }

    @Test
    void logMasksTheCredentialsAndKeepsEverythingElse() {
        HelloIdTestClient.of(simulator).post("/users", "{\"userName\":\"x@example.com\"}");

        RecordedRequest request = simulator.requestLog().requests().get(0);

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/users");
        assertThat(request.body()).isEqualTo("{\"userName\":\"x@example.com\"}");
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.headers().get("Authorization")).containsExactly("Basic ******");
        assertThat(request.toString()).doesNotContain(HelloIdSimulator.DEFAULT_API_SECRET);
    }

    @Test
    void logSeparatesMutatingRequestsAndCanBeCleared() {
        HelloIdTestClient client = HelloIdTestClient.of(simulator);
        client.get("/users?take=5&skip=0");
        client.post("/groups", "{\"name\":\"Sales\"}");

        List<RecordedRequest> mutating = simulator.mutatingRequests();

        assertThat(simulator.requestLog().requests()).extracting(RecordedRequest::target)
                .containsExactly("/api/v1/users?take=5&skip=0", "/api/v1/groups");
        assertThat(mutating).extracting(RecordedRequest::method).containsExactly("POST");
        simulator.requestLog().clear();
        assertThat(simulator.requestLog().size()).isZero();
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        HelloIdTestClient client = HelloIdTestClient.of(simulator);

        assertThat(client.get("/nothing").status()).isEqualTo(404);
        assertThat(client.delete("/groups").status()).isEqualTo(405);
        assertThat(client.get("/selfservice/products/request").status()).isEqualTo(405);
    }
}
