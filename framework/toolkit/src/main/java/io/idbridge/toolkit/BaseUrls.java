package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.error.InvalidConfigurationException;
import okhttp3.HttpUrl;

/** The base URL key every HTTP connector has, read the same way everywhere. */
public final class BaseUrls {
    private BaseUrls() {
    }

    /**
     * The configured base URL without a trailing slash, so paths can be appended segment by segment.
     *
     * @param key the configuration key, named in the error
     * @throws InvalidConfigurationException when the value is not an http or https URL
     */
    public static HttpUrl parse(String key, String value) {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        String trimmed = value.trim();
        HttpUrl url = HttpUrl.parse(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        if (url == null) {
            throw new InvalidConfigurationException(key + " is not an http or https URL");
        }
        return url;
    }
}
