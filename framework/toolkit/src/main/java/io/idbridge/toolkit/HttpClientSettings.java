package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Timeouts of a connector's HTTP client.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection; positive
 * @param readTimeout how long to wait for the next bytes of a response; positive
 * @param callTimeout the limit for a whole call including redirects and reading the body; zero means none
 */
public record HttpClientSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    public HttpClientSettings {
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
        requireNonNull(callTimeout, "callTimeout is null");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("connect and read timeouts must be positive");
        }
        if (callTimeout.isNegative()) {
            throw new IllegalArgumentException("callTimeout must not be negative");
        }
    }
}
