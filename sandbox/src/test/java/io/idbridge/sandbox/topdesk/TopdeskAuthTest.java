package io.idbridge.sandbox.topdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.topdesk.TopdeskTestClient.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopdeskAuthTest extends TopdeskTestBase {
    @Test
    void requestWithoutCredentialsIsRefusedWith401() {
        Answer answer = new TopdeskTestClient(simulator.baseUrl(), null, null).get("/persons");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.message()).contains("Unauthorized");
    }

    @Test
    void wrongApplicationPasswordIsRefusedWith401() {
        Answer answer = new TopdeskTestClient(simulator.baseUrl(), TopdeskSimulator.DEFAULT_OPERATOR_LOGIN, "wrong")
                .get("/branches");

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void operatorLoginAndApplicationPasswordAreAccepted() {
        Answer answer = client.get("/branches");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get(0).get("name").asText()).isEqualTo("Amsterdam");
    }

    @Test
    void credentialsGivenToTheConstructorReplaceTheDefaults() {
        try (TopdeskSimulator own = new TopdeskSimulator("api-user", "app-pass-ë").start()) {
            assertThat(new TopdeskTestClient(own.baseUrl(), "api-user", "app-pass-ë").get("/version").status())
                    .isEqualTo(200);
            assertThat(TopdeskTestClient.of(own).get("/version").status()).isEqualTo(401);
        }
    }

    @Test
    void theRequestLogMasksTheCredentials() {
        client.get("/version");

        List<RecordedRequest> requests = simulator.requestLog().requests();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).headers().get("Authorization")).containsExactly("BASIC ******");
    }

    @Test
    void versionIsAnswered() {
        Answer answer = client.get("/version");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("version").asText()).isEqualTo(TopdeskApi.VERSION);
    }

    @Test
    void unknownPathIs404WithAnErrorBody() {
        Answer answer = client.get("/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).contains("/tas/api/nothing-here");
    }
}
