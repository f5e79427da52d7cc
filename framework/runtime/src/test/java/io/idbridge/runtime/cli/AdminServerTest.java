package io.idbridge.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.runtime.config.EngineSettings;
import io.idbridge.spi.config.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin endpoint's routing, token and methods, before the daemon's first sync (no session yet). */
class AdminServerTest {
    private static final String TOKEN = "console-token-0815";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger syncsRequested = new AtomicInteger();
    private final AtomicLong heldActions = new AtomicLong();
    /** What the daemon would say about itself; each test sets what it needs. */
    private volatile DaemonStatus status = new DaemonStatus(true, null, false, null);
    private AdminServer server;
    private String base;

    @BeforeEach
    void start() {
        server = AdminServer.start(new EngineSettings.Admin("127.0.0.1", 0, new Secret(TOKEN)),
                new DaemonMetrics(Clock.systemUTC(), () -> status, heldActions::get), () -> status, Optional::empty,
                syncsRequested::incrementAndGet);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyApiEndpointAnswers401WithoutTheTokenAndWithAWrongOne() throws Exception {
        for (String path : new String[] {"/api/held", "/api/preview", "/api/runs", "/api/persons/30001", "/api/status",
                "/metrics"}) {
            assertThat(send("GET", path, null, null).statusCode()).as("%s without a token", path).isEqualTo(401);
            assertThat(send("GET", path, "Bearer wrong", null).statusCode()).as("%s with a wrong token", path)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = send("POST", "/api/held/approve", "Bearer " + TOKEN + "x", "{\"all\":true}");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain(TOKEN);
    }

    @Test
    void syncNowIsPostOnlyAndOnlyWakesTheDaemon() throws Exception {
        HttpResponse<String> get = send("GET", "/api/sync", "Bearer " + TOKEN, null);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(syncsRequested).hasValue(0);

        HttpResponse<String> post = send("POST", "/api/sync", "Bearer " + TOKEN, "");

        assertThat(post.statusCode()).isEqualTo(202);
        assertThat(post.body()).contains("sync requested");
        assertThat(syncsRequested).hasValue(1);
    }

    @Test
    void beforeTheFirstSyncTheApiSaysWhyItHasNoData() throws Exception {
        HttpResponse<String> held = send("GET", "/api/held", "Bearer " + TOKEN, null);

        assertThat(held.statusCode()).isEqualTo(503);
        assertThat(held.headers().firstValue("Content-Type")).contains(AdminApi.JSON);
        assertThat(held.body()).contains("\"error\":\"no configuration loaded yet");
    }

    @Test
    void readinessStatusAndMetricsSayWhetherThisDaemonLeadsAndWhatIsWrongWithItsConfiguration() throws Exception {
        assertThat(send("GET", "/ready", null, null).statusCode()).as("before the first sync").isEqualTo(503);
        status = new DaemonStatus(false, "host-a/4711/0a1b2c", true, new DaemonStatus.Configuration(
                "/etc/idbridge/idbridge.conf", Instant.parse("2026-12-07T05:00:00Z"), false,
                List.of("idbridge.conf:12: targets.helloid.requests-per-second: expected a number, got \"fast\"")));
        heldActions.set(7);

        HttpResponse<String> ready = send("GET", "/ready", null, null);
        HttpResponse<String> answer = send("GET", "/api/status", "Bearer " + TOKEN, null);
        String metrics = send("GET", "/metrics", "Bearer " + TOKEN, null).body();

        assertThat(ready.statusCode()).as("a standby is ready to take over").isEqualTo(200);
        assertThat(ready.body()).contains("standby", "host-a/4711/0a1b2c");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"leader\":false", "\"leaseHolder\":\"host-a/4711/0a1b2c\"",
                "\"valid\":false", "requests-per-second: expected a number", "\"readAt\":\"2026-12-07T05:00:00Z\"");
        assertThat(metrics).contains("idbridge_leader 0.0", "idbridge_configuration_valid 0.0",
                "idbridge_held_actions 7.0");

        heldActions.set(0);
        assertThat(send("GET", "/metrics", "Bearer " + TOKEN, null).body()).as("counted at every scrape")
                .contains("idbridge_held_actions 0.0");
    }

    @Test
    void theConsoleFilesNeedNoTokenRunOnlyTheirOwnScriptAndNothingElseIsServed() throws Exception {
        HttpResponse<String> login = send("GET", "/console/index.html", null, null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<script src=\"console.js\" defer></script>", "type=\"password\"");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'", "default-src 'none'"));
        assertThat(send("GET", "/console/console.js", null, null).body()).contains("textContent")
                .doesNotContain("innerHTML");
        assertThat(send("GET", "/console/", null, null).headers().firstValue("Location"))
                .contains("/console/index.html");
        assertThat(send("GET", "/console/../metrics", null, null).statusCode()).isIn(401, 404);
        assertThat(send("GET", "/console/AdminServer.class", null, null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/console/index.html", null, "").statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
