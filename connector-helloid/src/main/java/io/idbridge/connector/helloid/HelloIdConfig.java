package io.idbridge.connector.helloid;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.config.Validator;
import java.time.Duration;

/**
 * The bound configuration of one HelloID connector instance (keys from systems.md §2.7). {@code toString()} masks the
 * secret through {@link Secret}.
 *
 * @param baseUrl the API root including {@code /api/v1}, without a trailing slash
 * @param apiKey the API key (not secret on its own; it is half of the Basic credentials)
 * @param apiSecret the API secret
 * @param setManager whether create and update set {@code managedByUserGUID} from the manager's account
 * @param updateUserName whether update, enable and disable may rename {@code userName}
 * @param connectTimeout TCP connect timeout
 * @param readTimeout the wait for response bytes
 * @param requestsPerSecond the pace of requests; 0 means unpaced
 * @param pageSize the {@code take} of paged requests
 */
public record HelloIdConfig(String baseUrl, String apiKey, Secret apiSecret, boolean setManager, boolean updateUserName,
                            Duration connectTimeout, Duration readTimeout, double requestsPerSecond, int pageSize) {
    public static final String BASE_URL = "base-url";
    public static final String API_KEY = "api-key";
    public static final String API_SECRET = "api-secret";
    public static final String SET_MANAGER = "set-manager";
    public static final String UPDATE_USER_NAME = "update-user-name";
    public static final String CONNECT_TIMEOUT = "connect-timeout";
    public static final String READ_TIMEOUT = "read-timeout";
    public static final String REQUESTS_PER_SECOND = "requests-per-second";
    public static final String PAGE_SIZE = "page-size";

    public static final ConfigSpec SPEC = ConfigSpec.builder()
            .required(BASE_URL, ConfigType.URL,
                    "HelloID API root including the /api/v1 suffix, e.g. https://your-company-name.helloid.com/api/v1.")
            .required(API_KEY, ConfigType.STRING, "API key generated in the HelloID admin portal.")
            .required(API_SECRET, ConfigType.SECRET, "API secret belonging to the API key; sent only as Basic credentials.")
            .optional(SET_MANAGER, ConfigType.BOOLEAN, false,
                    "Set managedByUserGUID from the manager's HelloID account on create and update. The manager must "
                            + "already hold an account in this system.")
            .optional(UPDATE_USER_NAME, ConfigType.BOOLEAN, false,
                    "Allow update, enable and disable to rename userName (sent as IdentifierObject.userName).")
            .optional(CONNECT_TIMEOUT, ConfigType.DURATION, Duration.ofSeconds(10),
                    "How long to wait for a connection to HelloID.", Validator.positiveDuration())
            .optional(READ_TIMEOUT, ConfigType.DURATION, Duration.ofSeconds(60),
                    "How long to wait for HelloID to answer a request (the reference connector uses 60 seconds).",
                    Validator.positiveDuration())
            .optional(REQUESTS_PER_SECOND, ConfigType.DOUBLE, 20.0,
                    "Most requests per second sent to HelloID, evenly spaced; 0 sends without pacing.",
                    Validator.atLeast(0))
            .optional(PAGE_SIZE, ConfigType.INT, 1000,
                    "Items per page (take) when listing users, groups, products and assignments.", Validator.atLeast(1))
            .build();

    public HelloIdConfig {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(apiSecret, "apiSecret is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Binds a configuration validated against {@link #SPEC}. */
    public static HelloIdConfig from(ConnectorConfig config) {
        return new HelloIdConfig(
                config.getString(BASE_URL),
                config.getString(API_KEY),
                config.getSecret(API_SECRET),
                config.getBoolean(SET_MANAGER),
                config.getBoolean(UPDATE_USER_NAME),
                config.getDuration(CONNECT_TIMEOUT),
                config.getDuration(READ_TIMEOUT),
                config.getDouble(REQUESTS_PER_SECOND),
                config.getInt(PAGE_SIZE));
    }
}
