package io.idbridge.connector.afas;

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
 * How every AFAS connector reaches Profit (systems.md §3.1): the REST root, the app connector's token and timeouts.
 * {@code toString()} masks the token through {@link Secret}.
 *
 * @param baseUrl e.g. {@code https://12345.rest.afas.online/profitrestservices}, without a trailing slash
 * @param token the token XML {@code <token><version>1</version><data>…</data></token>}, or its base64 form
 * @param connectTimeout TCP connect timeout
 * @param readTimeout the wait for response bytes (AFAS Online stops a request after 15 minutes)
 */
record AfasConnection(HttpUrl baseUrl, Secret token, Duration connectTimeout, Duration readTimeout) {
    static final String BASE_URL = "base-url";
    static final String TOKEN = "token";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String READ_TIMEOUT = "read-timeout";

    AfasConnection {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(token, "token is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
    }

    /** Adds the connection keys to a connector's spec, first, so every AFAS connector starts alike. */
    static ConfigSpec.Builder keys(ConfigSpec.Builder builder) {
        return builder
                .required(BASE_URL, ConfigType.URL, "AFAS REST root, e.g. https://12345.rest.afas.online/"
                        + "profitrestservices (test: .resttest., acceptance: .restaccept.).")
                .required(TOKEN, ConfigType.SECRET, "The app connector's token as AFAS shows it, "
                        + "<token><version>1</version><data>...</data></token> (or already base64-encoded); sent "
                        + "base64-encoded in the Authorization header, never in a URL.")
                .optional(CONNECT_TIMEOUT, ConfigType.DURATION, Duration.ofSeconds(10),
                        "How long to wait for a connection to AFAS.", Validator.positiveDuration())
                .optional(READ_TIMEOUT, ConfigType.DURATION, Duration.ofMinutes(5),
                        "How long to wait for AFAS to answer one request (AFAS Online gives up after 15 minutes).",
                        Validator.positiveDuration());
    }

    static AfasConnection from(ConnectorConfig config) {
        HttpUrl baseUrl = BaseUrls.parse(BASE_URL, config.getString(BASE_URL));
        return new AfasConnection(baseUrl, config.getSecret(TOKEN), config.getDuration(CONNECT_TIMEOUT),
                config.getDuration(READ_TIMEOUT));
    }
}
