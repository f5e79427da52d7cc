package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.config.Validator;
import io.idbridge.toolkit.BaseUrls;
import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * How every TOPdesk connector reaches TOPdesk (systems.md §4.1): the site, the operator login with its application
 * password, timeouts and pacing. {@code toString()} masks the password through {@link Secret}.
 *
 * @param baseUrl the site, e.g. {@code https://contoso.topdesk.net}; the API is under {@code /tas/api}
 * @param username the API operator's login name
 * @param applicationPassword an application password of that operator (not the operator's own password)
 * @param requestsPerSecond at most this many requests per second; 0 for no limit
 */
record TopdeskConnection(HttpUrl baseUrl, String username, Secret applicationPassword, Duration connectTimeout,
                         Duration readTimeout, double requestsPerSecond) {
    static final String BASE_URL = "base-url";
    static final String USERNAME = "username";
    static final String APPLICATION_PASSWORD = "application-password";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String READ_TIMEOUT = "read-timeout";
    static final String REQUESTS_PER_SECOND = "requests-per-second";

    TopdeskConnection {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(username, "username is null");
        requireNonNull(applicationPassword, "applicationPassword is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
    }

    /** Adds the connection keys to a connector's spec, first, so every TOPdesk connector starts alike. */
    static ConfigSpec.Builder keys(ConfigSpec.Builder builder) {
        return builder
                .required(BASE_URL, ConfigType.URL, "The TOPdesk site, e.g. https://contoso.topdesk.net (the API is "
                        + "under /tas/api).")
                .required(USERNAME, ConfigType.STRING, "Login name of the API operator; its permission group needs "
                        + "REST API read and 'Use application passwords' write.")
                .required(APPLICATION_PASSWORD, ConfigType.SECRET, "An application password of that operator (made "
                        + "in its user settings); sent with HTTP Basic, never in a URL.")
                .optional(CONNECT_TIMEOUT, ConfigType.DURATION, Duration.ofSeconds(10),
                        "How long to wait for a connection to TOPdesk.", Validator.positiveDuration())
                .optional(READ_TIMEOUT, ConfigType.DURATION, Duration.ofMinutes(2),
                        "How long to wait for TOPdesk to answer one request.", Validator.positiveDuration())
                .optional(REQUESTS_PER_SECOND, ConfigType.DOUBLE, 0.0,
                        "At most this many requests per second; 0 for no limit.", Validator.atLeast(0));
    }

    static TopdeskConnection from(ConnectorConfig config) {
        HttpUrl baseUrl = BaseUrls.parse(BASE_URL, config.getString(BASE_URL));
        return new TopdeskConnection(baseUrl, config.getString(USERNAME), config.getSecret(APPLICATION_PASSWORD),
                config.getDuration(CONNECT_TIMEOUT), config.getDuration(READ_TIMEOUT),
                config.getDouble(REQUESTS_PER_SECOND));
    }
}
