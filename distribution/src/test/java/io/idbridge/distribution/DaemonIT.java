package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.Installation.Result;
import io.idbridge.distribution.Installation.Running;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon ({@code bin/idbridge run}) stopped with SIGTERM in the middle of a sync: the actions under way finish and
 * are journaled, the rest stay pending, the process exits 0, and the next sync finishes the run without duplicates.
 */
class DaemonIT {
    private static final int PERSONS = 200;

    @TempDir
    Path directory;

    @Test
    void sigtermLetsTheActionsUnderWayFinishLeavesTheRestPendingAndExitsZero() throws Exception {
        Installation installation = Installation.copyInto(directory.resolve("idbridge"));
        Path data = directory.resolve("data");
        HrExport.of(PERSONS, LocalDate.now(ZoneOffset.UTC)).writeTo(data.resolve("hr"));
        try (HelloIdSimulator helloId = SyncConfiguration.seededHelloId()) {
            Path config = SyncConfiguration.write(data, helloId);
            // every second: the first sync starts at once
            Files.writeString(config, Files.readString(config) + "\nidbridge.schedule = \"* * * * * ?\"\n");
            helloId.faults().latency(Duration.ofMillis(20));

            Running daemon = installation.start("run", "-c", config.toString());
            assertThat(daemon.waitUntil(() -> helloId.mutatingRequests().size() >= 40))
                    .as("the daemon's first sync is enforcing:%n%s", daemon.output()).isTrue();
            daemon.process().destroy();

            assertThat(daemon.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            assertThat(daemon.process().exitValue()).as(daemon.output()).isZero();
            assertThat(daemon.output()).contains("SIGTERM: stopping after the actions under way");
            try (StateStore store = StateStores.open("jdbc:sqlite:" + data.resolve("idbridge.db").toAbsolutePath())) {
                assertThat(store.actions(ActionQuery.withStatus(Set.of(ActionStatus.RUNNING))))
                        .as("actions cut off while running").isEmpty();
                assertThat(store.actions(ActionQuery.withStatus(Set.of(ActionStatus.PLANNED))))
                        .as("actions left pending for the next run").isNotEmpty();
            }
            assertThat(helloId.users().size()).as("users when stopped").isLessThan(PERSONS);

            helloId.faults().latency(Duration.ZERO);
            Result finishing = installation.run("sync", "-c", config.toString());

            assertThat(finishing.exitCode()).as(finishing.output()).isZero();
            assertThat(finishing.output()).contains("Finished an interrupted run");
            assertThat(SimulatorState.usersPerEmployeeId(helloId).values()).as("users per employee id")
                    .hasSize(PERSONS).containsOnly(1L);
        }
    }

    @Test
    void aConfigurationMadeInvalidWhileRunningIsReportedTheLastValidOneKeepsSyncingAndASecondDaemonIsRefused()
            throws Exception {
        Installation installation = Installation.copyInto(directory.resolve("idbridge"));
        Path data = directory.resolve("data");
        HrExport export = HrExport.of(20, LocalDate.now(ZoneOffset.UTC));
        export.writeTo(data.resolve("hr"));
        try (HelloIdSimulator helloId = SyncConfiguration.seededHelloId()) {
            Path config = SyncConfiguration.write(data, helloId);
            String valid = Files.readString(config) + "\nidbridge.schedule = \"* * * * * ?\"\n";
            Files.writeString(config, valid);
            Running daemon = installation.start("run", "-c", config.toString());
            try {
                assertThat(daemon.waitUntil(() -> helloId.users().size() == 20))
                        .as("the first sync:%n%s", daemon.output()).isTrue();
                Result second = installation.run("run", "-c", config.toString());
                assertThat(second.exitCode()).as("a second daemon on the same SQLite store").isEqualTo(1);
                assertThat(second.output()).contains("another idbridge daemon already runs on the SQLite state store",
                        "use PostgreSQL");

                Files.writeString(config, valid.replace("requests-per-second = 0", "requests-per-second = fast"));
                String lastValid = "this sync runs with the last valid configuration";

                assertThat(daemon.waitUntil(() -> daemon.output().contains(lastValid)
                        && daemon.output().substring(daemon.output().indexOf(lastValid)).contains("SUCCEEDED")))
                        .as("a sync with the last valid configuration:%n%s", daemon.output()).isTrue();
                assertThat(daemon.output()).contains("requests-per-second");
                assertThat(daemon.process().isAlive()).isTrue();
            } finally {
                daemon.process().destroy();
                assertThat(daemon.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(daemon.process().exitValue()).as(daemon.output()).isZero();
        }
    }

    @Test
    void theAdminEndpointAnswersHealthToAnyoneAndMetricsOnlyWithTheToken() throws Exception {
        Installation installation = Installation.copyInto(directory.resolve("idbridge"));
        Path data = directory.resolve("data");
        int port = Installation.freePorts(1)[0];
        try (HelloIdSimulator helloId = SyncConfiguration.seededHelloId()) {
            Path config = SyncConfiguration.write(data, HrExport.of(20, LocalDate.now(ZoneOffset.UTC)), helloId);
            Files.writeString(config, Files.readString(config) + "\nidbridge.schedule = \"* * * * * ?\"\n"
                    + "idbridge.admin { token = \"admin-token-4711\", port = " + port + " }\n");
            Running daemon = installation.start("run", "-c", config.toString());
            try {
                assertThat(daemon.waitUntil(() -> daemon.output().contains("run 1 SUCCEEDED")))
                        .as("the first sync:%n%s", daemon.output()).isTrue();
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + port;

                assertThat(get(http, base + "/health", null).statusCode()).isEqualTo(200);
                assertThat(get(http, base + "/ready", null).statusCode()).isEqualTo(200);
                assertThat(get(http, base + "/metrics", null).statusCode()).as("no token").isEqualTo(401);
                assertThat(get(http, base + "/metrics", "wrong-token").statusCode()).as("wrong token").isEqualTo(401);
                HttpResponse<String> metrics = get(http, base + "/metrics", "admin-token-4711");
                assertThat(metrics.statusCode()).isEqualTo(200);
                assertThat(metrics.body()).contains("idbridge_runs_total{status=\"SUCCEEDED\"}",
                        "idbridge_actions_total{outcome=\"SUCCEEDED\",target=\"helloid\",type=\"CREATE\"} 20.0",
                        "idbridge_source_persons 20.0").doesNotContain("admin-token-4711");
                assertThat(get(http, base + "/api/runs", null).statusCode()).as("no token").isEqualTo(401);
                assertThat(get(http, base + "/api/runs", "admin-token-4711").body())
                        .contains("\"status\":\"SUCCEEDED\"", "\"kind\":\"sync\"");
                assertThat(get(http, base + "/api/runs/1", "admin-token-4711").body())
                        .contains("\"counts\":{\"helloid\":", "\"pending\":[]");
                assertThat(get(http, base + "/api/runs/999", "admin-token-4711").statusCode()).isEqualTo(404);
            } finally {
                daemon.process().destroy();
                assertThat(daemon.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(daemon.output()).doesNotContain("admin-token-4711");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
