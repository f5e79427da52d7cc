package io.idbridge.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientFactoryTest {
    @Test
    void timeoutsAndInterceptorsAreApplied() {
        HttpErrorClassifier classifier = new HttpErrorClassifier(ErrorRefiner.NONE);
        RequestRateLimiter limiter = new RequestRateLimiter(5);

        OkHttpClient client = HttpClientFactory.create(
                new HttpClientSettings(Duration.ofSeconds(3), Duration.ofSeconds(60), Duration.ofSeconds(90)),
                List.of(limiter, classifier));

        assertThat(client.connectTimeoutMillis()).isEqualTo(3_000);
        assertThat(client.readTimeoutMillis()).isEqualTo(60_000);
        assertThat(client.callTimeoutMillis()).isEqualTo(90_000);
        assertThat(client.retryOnConnectionFailure()).isFalse();
        assertThat(client.interceptors()).containsExactly(limiter, classifier);
        HttpClientFactory.close(client);
        assertThat(client.dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void nonPositiveTimeoutsAreRejected() {
        assertThatThrownBy(() -> new HttpClientSettings(Duration.ZERO, Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
