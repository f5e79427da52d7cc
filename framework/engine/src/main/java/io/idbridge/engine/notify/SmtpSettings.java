package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.Secret;
import java.time.Duration;

/**
 * How to reach the mail server. A failed delivery is tried {@code attempts} times in all, waiting {@code retryDelay},
 * then twice that, and so on, between attempts; connect and read timeouts keep a dead server from stalling anything.
 *
 * @param username null to send without authentication
 * @param password null to send without authentication; never logged ({@link Secret} masks it)
 * @param startTls true to require STARTTLS before authenticating and sending
 */
public record SmtpSettings(String host, int port, String from, String username, Secret password, boolean startTls,
                           Duration connectTimeout, Duration readTimeout, int attempts, Duration retryDelay) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(2);

    public SmtpSettings {
        requireNonNull(host, "host is null");
        requireNonNull(from, "from is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
        requireNonNull(retryDelay, "retryDelay is null");
        if (host.isBlank() || from.isBlank()) {
            throw new IllegalArgumentException("host and from must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: a zero timeout waits forever");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("username and password go together");
        }
    }

    /** A server without authentication or STARTTLS, with the default timeouts and retries. */
    public static SmtpSettings of(String host, int port, String from) {
        return new SmtpSettings(host, port, from, null, null, false, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_ATTEMPTS, DEFAULT_RETRY_DELAY);
    }

    /** The longest one delivery of {@code messages} messages may take, every attempt and wait included. */
    Duration worstCase(int messages) {
        Duration perAttempt = connectTimeout.plus(readTimeout.multipliedBy(2L + Math.max(1, messages)));
        Duration waits = retryDelay.multipliedBy((1L << (attempts - 1)) - 1);
        return perAttempt.multipliedBy(attempts).plus(waits);
    }
}
