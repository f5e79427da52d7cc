package io.idbridge.connector.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.enforce.RetryPolicy;
import io.idbridge.sandbox.FailurePoint;
import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedUser;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #3: against a simulator failing 20% of calls with 503 (after processing, so a create's outcome is unknown) and
 * rate limiting at 100 requests/s, 300 creates driven by the engine's {@link Retrier} end with exactly 300 users, no
 * duplicates, and every 429 waited out for its {@code Retry-After}.
 */
class HelloIdResilienceTest {
    private static final int ACCOUNTS = 300;

    private final List<RecordedRetry> retries = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private HelloIdSimulator simulator;
    private HelloIdTargetConnector connector;

    record RecordedRetry(ErrorType type, Optional<Duration> retryAfter, Duration waited) {
    }

    @BeforeEach
    void start() {
        simulator = new HelloIdSimulator().start();
        simulator.faults().failureRate(0.2, 42, FailurePoint.AFTER_PROCESSING).rateLimit(100);
        // unpaced on purpose: the connector must meet the simulator's 429s, not avoid them
        connector = HelloIdTestSupport.connector(simulator.baseUrl(), Map.of(
                HelloIdConfig.API_KEY, HelloIdSimulator.DEFAULT_API_KEY,
                HelloIdConfig.API_SECRET, new Secret(HelloIdSimulator.DEFAULT_API_SECRET)));
    }

    @AfterEach
    void stop() {
        connector.close();
        simulator.close();
    }

    @Test
    void threeHundredCreatesSurviveFailuresAndRateLimits() throws Exception {
        Retrier retrier = new Retrier(new RetryPolicy(30, Duration.ofMillis(5), Duration.ofMillis(100),
                Duration.ofSeconds(5)), this::recordingSleep);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<AccountResult>> results = new ArrayList<>();
        try {
            for (int index = 0; index < ACCOUNTS; index++) {
                AccountData data = account(index);
                results.add(workers.submit(() -> createOnce(retrier, data)));
            }
            for (Future<AccountResult> result : results) {
                result.get();
            }
        } finally {
            workers.shutdownNow();
        }

        List<SimulatedUser> users = simulator.users();
        assertThat(users).hasSize(ACCOUNTS);
        assertThat(users.stream().map(user -> user.userName().toLowerCase()).collect(Collectors.toSet()))
                .hasSize(ACCOUNTS)
                .isEqualTo(IntStream.range(0, ACCOUNTS).mapToObj(HelloIdResilienceTest::userName)
                        .collect(Collectors.toSet()));
        assertThat(users).allSatisfy(user -> {
            assertThat(user.firstName()).isEqualTo("Ömer");
            assertThat(user.lastName()).startsWith("Çelik-van der Berg ");
        });

        List<RecordedRequest> throttled = simulator.requestLog().withStatus(429);
        List<RecordedRetry> rateLimited = retries.stream().filter(retry -> retry.type() == ErrorType.RATE_LIMITED).toList();
        assertThat(throttled).as("the simulator throttled some requests").isNotEmpty();
        assertThat(rateLimited).as("one wait per 429").hasSameSizeAs(throttled)
                .allSatisfy(retry -> {
                    assertThat(retry.retryAfter()).isPresent();
                    assertThat(retry.waited()).isEqualTo(retry.retryAfter().get()).isPositive();
                });
        assertThat(simulator.requestLog().withStatus(503)).as("the simulator failed some requests").isNotEmpty();
        assertThat(sleeps).hasSameSizeAs(retries);
    }

    /**
     * One create as the engine runs it: a create whose outcome is unknown (any failed attempt) is preceded by a
     * correlate on userName, so a user created by a request that was answered 503 is linked, not created twice.
     */
    private AccountResult createOnce(Retrier retrier, AccountData data) {
        boolean[] attempted = {false};
        return retrier.call(() -> {
            if (attempted[0]) {
                Optional<AccountResult> existing = connector.correlate("userName", (String) data.get("userName"));
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            attempted[0] = true;
            return connector.create(data, OperationOptions.NONE);
        }, this::recordRetry);
    }

    private void recordRetry(int failedAttempt, ConnectorException error, Duration wait) {
        retries.add(new RecordedRetry(error.errorType(), error.retryAfter(), wait));
    }

    private void recordingSleep(Duration wait) throws InterruptedException {
        sleeps.add(wait);
        Thread.sleep(wait.toMillis());
    }

    private static AccountData account(int index) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("userName", userName(index));
        values.put("firstName", "Ömer");
        values.put("lastName", "Çelik-van der Berg " + index);
        values.put("isEnabled", "false");
        values.put("userAttributes.department", "Ontwikkeling");
        return new AccountData(values);
    }

    private static String userName(int index) {
        return "ömer.çelik" + index + "@example.com";
    }
}
