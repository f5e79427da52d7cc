package io.idbridge.connector.helloid;

import static io.idbridge.connector.helloid.HelloIdTestSupport.API_SECRET;
import static io.idbridge.connector.helloid.HelloIdTestSupport.assertRequest;
import static io.idbridge.connector.helloid.HelloIdTestSupport.body;
import static io.idbridge.connector.helloid.HelloIdTestSupport.json;
import static io.idbridge.connector.helloid.HelloIdTestSupport.parse;
import static io.idbridge.connector.helloid.HelloIdTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelloIdClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @ParameterizedTest
    @CsvSource({
            "400, EXTERNAL", "401, AUTHENTICATION", "403, PERMISSION", "404, NOT_FOUND", "409, CONFLICT",
            "429, RATE_LIMITED", "500, TRANSIENT", "503, TRANSIENT"})
    void statusesAreClassifiedWithTheBodyMessage(int status, ErrorType type) {
        server.enqueue(new MockResponse(status, Headers.of("Retry-After", "2"), "{\"message\":\"Computer says no\"}"));

        ConnectorException error = catchThrowableOfType(ConnectorException.class, () -> client(2).createGroup("x"));

        assertThat(error.errorType()).isEqualTo(type);
        assertThat(error.getMessage()).isEqualTo("POST /api/v1/groups failed with HTTP " + status + ": Computer says no")
                .doesNotContain(API_SECRET);
        if (status == 429) {
            assertThat(error.retryAfter()).contains(Duration.ofSeconds(2));
        }
    }

    @Test
    void resultMsgIsTheFriendlyMessage() {
        server.enqueue(json(400, "{\"resultMsg\":\"Invalid email\",\"message\":\"other\"}"));

        assertThat(catchThrowableOfType(ConnectorException.class, () -> client(2).createGroup("x")))
                .hasMessageEndingWith(": Invalid email");
    }

    @Test
    void userNotFoundIsAnEmptyResult() {
        server.enqueue(json(404, "{\"message\":\"User not found\"}"));

        assertThat(client(2).findUser("missing")).isEmpty();
    }

    @Test
    void otherNotFoundOnAUserIsAnError() {
        server.enqueue(json(404, "{\"message\":\"Route not found\"}"));

        assertThat(catchThrowableOfType(ConnectorException.class, () -> client(2).findUser("x")).errorType())
                .isEqualTo(ErrorType.NOT_FOUND);
    }

    @Test
    void pagingStopsOnAShortPageAndUnwrapsData() {
        server.enqueue(json("{\"data\":[{\"groupGuid\":\"a\"},{\"groupGuid\":\"b\"}]}"));
        server.enqueue(json("[{\"groupGuid\":\"c\"},{\"groupGuid\":\"d\"}]"));
        server.enqueue(json("[]"));

        List<JsonNode> groups = client(2).listGroups().toList();

        assertThat(groups).extracting(group -> group.get("groupGuid").asText()).containsExactly("a", "b", "c", "d");
        assertRequest(take(server), "GET", "/api/v1/groups?take=2&skip=0");
        assertRequest(take(server), "GET", "/api/v1/groups?take=2&skip=2");
        assertRequest(take(server), "GET", "/api/v1/groups?take=2&skip=4");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void userNamesAreEncodedAsOnePathSegment() {
        server.enqueue(json("{\"userGUID\":\"g\"}"));

        client(2).findUser("a/b c?");

        assertRequest(take(server), "GET", "/api/v1/users/a%2Fb%20c%3F");
    }

    @Test
    void groupMembershipUsesGroupGuid() {
        server.enqueue(json(""));
        server.enqueue(json(""));

        client(2).addUserToGroup("u1", "g1");
        client(2).removeUserFromGroup("u1", "g1");

        assertThat(body(assertRequest(take(server), "POST", "/api/v1/users/u1/groups")))
                .isEqualTo(parse("{\"groupGuid\":\"g1\"}"));
        assertRequest(take(server), "DELETE", "/api/v1/users/u1/groups/g1");
    }

    @Test
    void createGroupSendsNameAndEnabled() {
        server.enqueue(json("{\"groupGuid\":\"g1\",\"name\":\"department_42\"}"));

        client(2).createGroup("department_42");

        assertThat(body(assertRequest(take(server), "POST", "/api/v1/groups")))
                .isEqualTo(parse("{\"name\":\"department_42\",\"isEnabled\":true}"));
    }

    @Test
    void productRequestIsForTheUserByTheUser() {
        server.enqueue(json("{}"));

        client(2).requestProduct("p1", "u1");

        assertThat(body(assertRequest(take(server), "POST", "/api/v1/selfservice/products/request"))).isEqualTo(parse("""
                {"requestedProductGUID":"p1","requestedByUserGUID":"u1","requestedForUserGUID":"u1",
                 "comment":"Requested by HelloID Provisioning"}"""));
    }

    @Test
    void productAssignmentsOfAUserArePaged() {
        server.enqueue(json("[]"));

        client(2).listProductAssignmentsOf("u1").toList();

        assertRequest(take(server), "GET", "/api/v1/product-assignment/by-user/u1?take=2&skip=0");
    }

    private HelloIdClient client(int pageSize) {
        return new HelloIdClient(new HelloIdConfig(server.url("/api/v1/").toString(), HelloIdTestSupport.API_KEY,
                new Secret(API_SECRET), false, false, Duration.ofSeconds(2), Duration.ofSeconds(5), 0, pageSize));
    }
}
