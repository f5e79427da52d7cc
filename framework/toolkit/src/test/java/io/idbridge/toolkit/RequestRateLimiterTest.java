package io.idbridge.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {
    private static final long TEN_MILLIS = 10_000_000;

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final AtomicLong now = new AtomicLong(-5_000_000_000L);
    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());

    @Test
    void requestsAreSpacedEvenly() throws InterruptedIOException {
        RequestRateLimiter limiter = new RequestRateLimiter(100, now::get, waits::add);

        limiter.acquire();
        limiter.acquire();
        limiter.acquire();

        assertThat(waits).containsExactly(TEN_MILLIS, 2 * TEN_MILLIS);
    }

    @Test
    void idleTimeIsNotSavedUpForABurst() throws InterruptedIOException {
        RequestRateLimiter limiter = new RequestRateLimiter(100, now::get, waits::add);
        limiter.acquire();

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        limiter.acquire();
        limiter.acquire();

        assertThat(waits).containsExactly(TEN_MILLIS);
    }

    @Test
    void concurrentCallersGetDistinctSlots() throws Exception {
        RequestRateLimiter limiter = new RequestRateLimiter(100, () -> 0L, waits::add);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                futures.add(pool.submit(() -> {
                    for (int request = 0; request < 50; request++) {
                        limiter.acquire();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        // the first caller does not wait; the other 399 each wait for their own slot
        assertThat(waits).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, 399).map(slot -> slot * TEN_MILLIS).boxed().toList());
    }

    @Test
    void pacesRealRequests() {
        RequestRateLimiter limiter = new RequestRateLimiter(50, now::get, waits::add);
        OkHttpClient client = HttpClientFactory.create(
                new HttpClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO),
                List.of(limiter, new HttpErrorClassifier(ErrorRefiner.NONE)));
        server.enqueue(new MockResponse.Builder().body("a").build());
        server.enqueue(new MockResponse.Builder().body("b").build());

        HttpRequests.execute(client, new Request.Builder().url(server.url("/a")).build());
        HttpRequests.execute(client, new Request.Builder().url(server.url("/b")).build());

        assertThat(waits).containsExactly(2 * TEN_MILLIS);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void nonPositiveRateIsRejected() {
        assertThatThrownBy(() -> new RequestRateLimiter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestRateLimiter(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
