package io.idbridge.connector.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.toolkit.Json;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** Builds connectors against a MockWebServer and checks recorded requests against systems.md §2. */
final class HelloIdTestSupport {
    static final String API_KEY = "test-key";
    static final String API_SECRET = "test-secret-value";
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes());

    private HelloIdTestSupport() {
    }

    record TestContext(String instanceName, Clock clock) implements ConnectorContext {
        static TestContext helloid() {
            return new TestContext("helloid", Clock.systemUTC());
        }
    }

    static HelloIdTargetConnector connector(MockWebServer server, Map<String, Object> extra) {
        return connector(server.url("/api/v1").toString(), extra);
    }

    static HelloIdTargetConnector connector(String baseUrl, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>();
        values.put(HelloIdConfig.BASE_URL, baseUrl);
        values.put(HelloIdConfig.API_KEY, API_KEY);
        values.put(HelloIdConfig.API_SECRET, new Secret(API_SECRET));
        // unpaced: MockWebServer has no rate limit and the tests should not wait
        values.put(HelloIdConfig.REQUESTS_PER_SECOND, 0.0);
        values.putAll(extra);
        return (HelloIdTargetConnector) new HelloIdTargetConnectorFactory()
                .create(TestContext.helloid(), new ConnectorConfig(HelloIdConfig.SPEC, values));
    }

    static MockResponse json(int status, String body) {
        return new MockResponse(status, Headers.of("Content-Type", "application/json"), body);
    }

    static MockResponse json(String body) {
        return json(200, body);
    }

    static MockResponse userNotFound() {
        return json(404, "{\"message\":\"User not found\"}");
    }

    /** A user as {@code GET /users/{guid}} answers it, with fields the connector does not manage. */
    static String user(String guid, String userName, boolean enabled) {
        return """
                {"id": 17, "userGUID": "%s", "userName": "%s", "firstName": "Jan", "lastName": "Jansen",
                 "contactEmail": "jan@example.com", "isEnabled": %s, "source": "Local", "lastLogin": null,
                 "userAttributes": {"department": "Sales", "phoneNumber": "0612345678"},
                 "links": [{"title": "self", "location": "/api/v1/users/%s"}]}
                """.formatted(guid, userName, enabled, guid);
    }

    /** Checks method, path and query, Basic credentials and, for a body, the JSON content type. */
    static RecordedRequest assertRequest(RecordedRequest request, String method, String target) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo(target);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getTarget()).doesNotContain(API_SECRET);
        return request;
    }

    static RecordedRequest take(MockWebServer server) {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request).as("a request was sent").isNotNull();
            return request;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    static JsonNode body(RecordedRequest request) {
        return Json.parse(request.getBody().utf8(), "recorded request");
    }

    static JsonNode parse(String json) {
        return Json.parse(json, "expected");
    }
}
