package io.idbridge.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.error.StandardErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpErrorClassifierTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final AtomicReference<HttpFailure> refined = new AtomicReference<>();
    private final OkHttpClient client = HttpClientFactory.create(
            new HttpClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO),
            List.of(new HttpErrorClassifier((failure, standard) -> {
                refined.set(failure);
                return standard;
            }, Clock.fixed(NOW, ZoneOffset.UTC))));

    @ParameterizedTest
    @CsvSource({
            "400, REJECTED_BY_TARGET, EXTERNAL",
            "401, AUTHENTICATION_FAILED, AUTHENTICATION",
            "403, PERMISSION_DENIED, PERMISSION",
            "404, NOT_FOUND, NOT_FOUND",
            "409, CONFLICT, CONFLICT",
            "422, REJECTED_BY_TARGET, EXTERNAL",
            "429, RATE_LIMITED, RATE_LIMITED",
            "500, SERVICE_UNAVAILABLE, TRANSIENT",
            "503, SERVICE_UNAVAILABLE, TRANSIENT"})
    void statusIsClassifiedPerTheTable(int status, String code, ErrorType type) {
        server.enqueue(new MockResponse.Builder().code(status).body("{\"message\":\"nope\"}").build());

        ConnectorException error = catchThrowableOfType(ConnectorException.class, () -> get("/api/v1/users/x?take=1"));

        assertThat(error.errorCode().name()).isEqualTo(code);
        assertThat(error.errorType()).isEqualTo(type);
        assertThat(error.retryable()).isEqualTo(type == ErrorType.RATE_LIMITED || type == ErrorType.TRANSIENT);
        assertThat(error.getMessage()).isEqualTo("GET /api/v1/users/x failed with HTTP " + status);
    }

    @Test
    void retryAfterSecondsIsCarried() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());

        ConnectorException error = catchThrowableOfType(ConnectorException.class, () -> get("/users"));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterHttpDateIsMeasuredFromTheClock() {
        server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("Retry-After", "Sun, 01 Mar 2026 10:00:07 GMT").build());

        ConnectorException error = catchThrowableOfType(ConnectorException.class, () -> get("/users"));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void refinerSeesTheBodyAndMayReclassify() {
        OkHttpClient refining = HttpClientFactory.create(
                new HttpClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO),
                List.of(new HttpErrorClassifier((failure, standard) -> failure.body().contains("gone")
                        ? new ConnectorException(StandardErrorCode.ACCOUNT_NOT_FOUND, failure.request() + ": gone")
                        : standard)));
        server.enqueue(new MockResponse.Builder().code(400).body("{\"message\":\"gone\"}").build());

        assertThatThrownBy(() -> HttpRequests.execute(refining, request("/users/1")))
                .isInstanceOfSatisfying(ConnectorException.class, error ->
                        assertThat(error.errorCode()).isEqualTo(StandardErrorCode.ACCOUNT_NOT_FOUND))
                .hasMessage("GET /users/1: gone");
    }

    @Test
    void messageNeverCarriesHeadersOrQuery() {
        server.enqueue(new MockResponse.Builder().code(401).build());
        Request request = new Request.Builder().url(server.url("/users?take=10"))
                .header("Authorization", "Basic c2VjcmV0OnNlY3JldA==").build();

        assertThatThrownBy(() -> HttpRequests.execute(client, request))
                .hasMessage("GET /users failed with HTTP 401")
                .hasMessageNotContaining("c2VjcmV0");
        assertThat(refined.get().status()).isEqualTo(401);
    }

    @Test
    void successPassesThrough() {
        server.enqueue(new MockResponse.Builder().code(200).body("[1]").build());

        assertThat(get("/users")).isEqualTo("[1]");
        assertThat(refined.get()).isNull();
    }

    @Test
    void brokenConnectionIsTransient() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

        ConnectorException error = catchThrowableOfType(ConnectorException.class, () -> get("/users"));

        assertThat(error.errorType()).isEqualTo(ErrorType.TRANSIENT);
        assertThat(error.getMessage()).startsWith("GET /users failed: ");
    }

    @Test
    void readTimeoutIsTransient() {
        OkHttpClient impatient = HttpClientFactory.create(
                new HttpClientSettings(Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ZERO),
                List.of(new HttpErrorClassifier(ErrorRefiner.NONE)));
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS).build());

        ConnectorException error = catchThrowableOfType(ConnectorException.class,
                () -> HttpRequests.execute(impatient, request("/slow")));

        assertThat(error.errorCode()).isEqualTo(StandardErrorCode.TIMEOUT);
        assertThat(error.retryable()).isTrue();
    }

    private String get(String path) {
        return HttpRequests.execute(client, request(path));
    }

    private Request request(String path) {
        return new Request.Builder().url(server.url(path)).build();
    }
}
