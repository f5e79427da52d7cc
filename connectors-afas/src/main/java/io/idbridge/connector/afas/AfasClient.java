package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.InvalidConfigurationException;
import io.idbridge.toolkit.HttpClientFactory;
import io.idbridge.toolkit.HttpClientSettings;
import io.idbridge.toolkit.HttpErrorClassifier;
import io.idbridge.toolkit.HttpRequests;
import io.idbridge.toolkit.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The AFAS Profit REST API (systems.md §3.1) as HTTP and JSON only: GetConnector pages and UpdateConnector writes.
 * Every request carries {@code Authorization: AfasToken <base64 of the token XML>} and the Tools4ever partner header
 * {@code IntegrationId}. Pages are parsed with Jackson's streaming parser straight from the response, one row at a
 * time; only the current page's rows are held. Thread-safe.
 */
final class AfasClient implements AutoCloseable {
    /** The fixed partner id the Tools4ever connectors send (systems.md §3.1). */
    static final String INTEGRATION_ID = "45963_140664";

    private final HttpUrl baseUrl;
    private final String authorization;
    private final OkHttpClient http;

    AfasClient(AfasConnection connection) {
        requireNonNull(connection, "connection is null");
        this.baseUrl = connection.baseUrl();
        this.authorization = "AfasToken " + encodedToken(connection.token().reveal());
        this.http = HttpClientFactory.create(new HttpClientSettings(connection.connectTimeout(),
                connection.readTimeout(), Duration.ZERO), List.of(new HttpErrorClassifier(new AfasErrorRefiner())));
    }

    /**
     * Every row of a GetConnector, page by page ({@code skip}/{@code take}, sorted by {@code orderBy}, which must make
     * the order total), read lazily as the stream is consumed. A page that fails throws from the stream: a read
     * never ends early. Rows map field ids to String, Long, Double, Boolean or null.
     */
    Stream<Map<String, Object>> rows(String connector, String orderBy, AfasFilter filter, int pageSize) {
        Iterator<Map<String, Object>> rows = new Iterator<>() {
            private List<Map<String, Object>> page = List.of();
            private int index;
            private int skip;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (index == page.size() && !last) {
                    page = page(connector, orderBy, filter, skip, pageSize);
                    index = 0;
                    skip += page.size();
                    // AFAS gives no total: a page shorter than take is the last (the Tools4ever loop)
                    last = page.size() < pageSize;
                }
                return index < page.size();
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** The rows whose {@code field} equals {@code value} (operator type 1); AFAS compares case-insensitively. */
    List<Map<String, Object>> find(String connector, String field, String value) {
        if (value.contains(",") || value.contains(";")) {
            // AFAS reads , and ; in filtervalues as list separators: such a value cannot be looked up exactly
            throw new InvalidConfigurationException("cannot look up " + field + " '" + value + "' in " + connector
                    + ": AFAS filters cannot hold ',' or ';'");
        }
        return page(connector, field, AfasFilter.equal(field, value), 0, 100);
    }

    /** The cheapest authenticated request: one row of a GetConnector. */
    void checkAccess(String connector, String orderBy) {
        page(connector, orderBy, AfasFilter.NONE, 0, 1);
    }

    /** {@code POST <base>/connectors/<updateConnector>}: an insert. */
    void insert(String updateConnector, ObjectNode body) {
        send("POST", updateConnector, body);
    }

    /** {@code PUT <base>/connectors/<updateConnector>}: an update. */
    void update(String updateConnector, ObjectNode body) {
        send("PUT", updateConnector, body);
    }

    @Override
    public void close() {
        HttpClientFactory.close(http);
    }

    private List<Map<String, Object>> page(String connector, String orderBy, AfasFilter filter, int skip, int take) {
        HttpUrl.Builder url = connectorUrl(connector).newBuilder()
                .addQueryParameter("skip", Integer.toString(skip))
                .addQueryParameter("take", Integer.toString(take))
                .addQueryParameter("orderbyfieldids", orderBy);
        filter.addTo(url);
        Request request = request(url.build()).get().build();
        String what = "GET " + request.url().encodedPath();
        try (Response response = http.newCall(request).execute(); InputStream body = response.body().byteStream();
             JsonParser parser = Json.MAPPER.getFactory().createParser(body)) {
            return rowsOf(parser, what);
        } catch (IOException failure) {
            throw HttpErrorClassifier.transportFailure(request, failure);
        }
    }

    /** The {@code rows} array of a {@code {skip, take, rows}} page, read token by token. */
    private static List<Map<String, Object>> rowsOf(JsonParser parser, String what) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw malformed(what, "is not a JSON object");
        }
        List<Map<String, Object>> rows = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("rows") && value == JsonToken.START_ARRAY) {
                rows = new ArrayList<>();
                int fields = 16;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, Object> row = row(parser, fields);
                    fields = row.size();
                    rows.add(row);
                }
            } else {
                parser.skipChildren();
            }
        }
        if (rows == null) {
            throw malformed(what, "has no rows array");
        }
        return rows;
    }

    /** One row; its map is sized for {@code expectedFields} (rows of a page have the same fields) and two more. */
    private static Map<String, Object> row(JsonParser parser, int expectedFields) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>((int) ((expectedFields + 2) / 0.75f) + 1);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            row.put(field, switch (token) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT -> parser.getLongValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> {
                    // GetConnectors give flat rows; a nested value is kept as its JSON text
                    yield Json.MAPPER.readTree(parser).toString();
                }
            });
        }
        return row;
    }

    private void send(String method, String updateConnector, ObjectNode body) {
        Request request = request(connectorUrl(updateConnector)).method(method, Json.requestBody(body)).build();
        HttpRequests.execute(http, request);
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", authorization)
                .header("IntegrationId", INTEGRATION_ID)
                .header("Accept", "application/json");
    }

    private HttpUrl connectorUrl(String connector) {
        return baseUrl.newBuilder().addPathSegment("connectors").addPathSegment(connector).build();
    }

    private static ConnectorException malformed(String what, String problem) {
        return new ConnectorException(AfasErrorCode.AFAS_MALFORMED_PAGE, what + " returned a page that " + problem);
    }

    /** AFAS requires the token XML base64-encoded (a plain token is answered 500); an encoded token is kept. */
    private static String encodedToken(String token) {
        String trimmed = token.trim();
        return trimmed.startsWith("<")
                ? Base64.getEncoder().encodeToString(trimmed.getBytes(StandardCharsets.US_ASCII))
                : trimmed;
    }
}
