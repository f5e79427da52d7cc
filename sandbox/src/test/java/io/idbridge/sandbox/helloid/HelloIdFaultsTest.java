package io.idbridge.sandbox.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.sandbox.FailurePoint;
import io.idbridge.sandbox.helloid.HelloIdTestClient.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloIdFaultsTest extends SimulatorTestBase {
    @Test
    void failureBeforeProcessingChangesNothing() {
        simulator.faults().failNext(1, FailurePoint.BEFORE_PROCESSING);

        Answer failed = client.post("/users", "{\"userName\":\"x@example.com\"}");
        Answer retried = client.post("/users", "{\"userName\":\"x@example.com\"}");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().get("message").asText()).contains("Service unavailable");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(simulator.users()).hasSize(1);
    }

    @Test
    void failureAfterProcessingLeavesTheChangeInPlace() {
        simulator.faults().failNext(1, FailurePoint.AFTER_PROCESSING);

        Answer failed = client.post("/users", "{\"userName\":\"x@example.com\"}");
        Answer retried = client.post("/users", "{\"userName\":\"x@example.com\"}");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(simulator.users()).hasSize(1);
        assertThat(retried.status()).isEqualTo(409);
    }

    @Test
    void failureRateIsDeterministicForASeed() {
        List<Integer> first = statuses(0.3, 42);
        List<Integer> second = statuses(0.3, 42);

        assertThat(first).isEqualTo(second);
        assertThat(first).contains(503, 200);
        assertThat(first.stream().filter(status -> status == 503).count()).isBetween(5L, 30L);
    }

    @Test
    void requestsBeyondTheRateLimitGet429WithRetryAfter() {
        simulator.faults().rateLimit(5);

        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(client.get("/users"));
        }

        List<Answer> throttled = answers.stream().filter(answer -> answer.status() == 429).toList();
        assertThat(throttled).isNotEmpty();
        assertThat(answers.stream().filter(answer -> answer.status() == 200).count()).isLessThanOrEqualTo(5);
        assertThat(Integer.parseInt(throttled.get(0).header("Retry-After"))).isGreaterThanOrEqualTo(1);
        assertThat(throttled.get(0).json().get("message").asText()).contains("Too many requests");
        assertThat(simulator.requestLog().withStatus(429)).hasSameSizeAs(throttled);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        simulator.faults().latency(Duration.ofMillis(50));

        long started = System.nanoTime();
        client.get("/users");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(simulator.requestLog().requests().get(0).duration()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    private static List<Integer> statuses(double rate, long seed) {
        simulator.faults().failureRate(rate, seed, FailurePoint.BEFORE_PROCESSING);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            statuses.add(client.get("/users").status());
        }
        return statuses;
    }
}
