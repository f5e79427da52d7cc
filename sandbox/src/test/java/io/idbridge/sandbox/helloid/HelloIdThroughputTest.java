package io.idbridge.sandbox.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Guards TCP no-delay (dependencies.md §6): with Nagle's algorithm on, each request on a kept-alive connection stalls
 * about 40 ms (about 23 requests/s); with no-delay, thousands per second.
 */
class HelloIdThroughputTest {
    private static final int REQUESTS = 300;

    @Test
    void oneConnectionServesHundredsOfRequestsPerSecond() {
        try (HelloIdSimulator simulator = new HelloIdSimulator().start()) {
            simulator.addUser("speed@example.com", "Speedy", "Gonzales");
            HelloIdTestClient client = HelloIdTestClient.of(simulator);
            for (int i = 0; i < 50; i++) {
                client.get("/users/speed@example.com");
            }

            long started = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(client.get("/users/speed@example.com").status()).isEqualTo(200);
            }
            double perSecond = REQUESTS / ((System.nanoTime() - started) / 1e9);

            System.out.printf("HelloID simulator: %.0f requests/s on one connection%n", perSecond);
            // 23/s would mean the Nagle stall is back; 150/s leaves room for a busy build machine.
            assertThat(perSecond).isGreaterThan(150);
        }
    }
}
