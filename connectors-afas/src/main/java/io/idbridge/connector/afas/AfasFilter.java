package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.error.InvalidConfigurationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * A GetConnector filter: the triple {@code filterfieldids}, {@code filtervalues}, {@code operatortypes} (systems.md
 * §3.1). Configured as the query text AFAS documents, e.g. {@code filterfieldids=Email_werk&filtervalues=[is niet
 * leeg]&operatortypes=9}.
 */
record AfasFilter(String fieldIds, String values, String operatorTypes) {
    static final AfasFilter NONE = new AfasFilter("", "", "");
    private static final Set<String> PARAMETERS = Set.of("filterfieldids", "filtervalues", "operatortypes");

    AfasFilter {
        requireNonNull(fieldIds, "fieldIds is null");
        requireNonNull(values, "values is null");
        requireNonNull(operatorTypes, "operatorTypes is null");
    }

    /** Operator type 1, equals. */
    static AfasFilter equal(String field, String value) {
        return new AfasFilter(field, value, "1");
    }

    /**
     * Parses the configured text; empty text is no filter.
     *
     * @param key the configuration key, for the message
     */
    static AfasFilter parse(String key, String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : text.trim().replaceFirst("^\\?", "").split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!PARAMETERS.contains(name) || parameters.containsKey(name)) {
                throw new InvalidConfigurationException(key + ": '" + name + "' is not one of filterfieldids, "
                        + "filtervalues, operatortypes (each once)");
            }
            parameters.put(name, URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1),
                    StandardCharsets.UTF_8));
        }
        if (!parameters.keySet().equals(PARAMETERS)) {
            throw new InvalidConfigurationException(key + " needs filterfieldids, filtervalues and operatortypes");
        }
        return new AfasFilter(parameters.get("filterfieldids"), parameters.get("filtervalues"),
                parameters.get("operatortypes"));
    }

    void addTo(HttpUrl.Builder url) {
        if (fieldIds.isEmpty()) {
            return;
        }
        url.addQueryParameter("filterfieldids", fieldIds)
                .addQueryParameter("filtervalues", values)
                .addQueryParameter("operatortypes", operatorTypes);
    }
}
