package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.InvalidConfigurationException;
import io.idbridge.spi.error.StandardErrorCode;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
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
    /** Fetches the next page of a {@link #rows} stream; cached threads end when idle, daemon so they never hold exit. */
    private final ExecutorService prefetcher = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "afas-page-prefetch");
        thread.setDaemon(true);
        return thread;
    });

    AfasClient(AfasConnection connection) {
        requireNonNull(connection, "connection is null");
        this.baseUrl = connection.baseUrl();
        this.authorization = "AfasToken " + encodedToken(connection.token().reveal());
        this.http = HttpClientFactory.create(new HttpClientSettings(connection.connectTimeout(),
                connection.readTimeout(), Duration.ZERO), List.of(new HttpErrorClassifier(new AfasErrorRefiner())));
    }

    /**
     * Every row of a GetConnector, page by page ({@code skip}/{@code take}, sorted by {@code orderBy}, which must make
     * the order total), read lazily as the stream is consumed. While one page is consumed the next is already being
     * fetched and parsed on a background thread, so the caller's work overlaps AFAS's (which takes seconds per page
     * on a large administration). A page that fails throws from the stream: a read never ends early. Rows map field
     * ids to String, Long, Double, Boolean or null, as {@code shape} names them; each row is a fresh map the caller
     * may keep and change.
     */
    Stream<Map<String, Object>> rows(String connector, String orderBy, AfasFilter filter, int pageSize,
                                     RowShape shape) {
        PrefetchingRows rows = new PrefetchingRows(skip -> page(connector, orderBy, filter, skip, pageSize, shape),
                pageSize);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(rows::cancel);
    }

    Stream<Map<String, Object>> rows(String connector, String orderBy, AfasFilter filter, int pageSize) {
        return rows(connector, orderBy, filter, pageSize, RowShape.AS_SENT);
    }

    /** The rows whose {@code field} equals {@code value} (operator type 1); AFAS compares case-insensitively. */
    List<Map<String, Object>> find(String connector, String field, String value) {
        if (value.contains(",") || value.contains(";")) {
            // AFAS reads , and ; in filtervalues as list separators: such a value cannot be looked up exactly
            throw new InvalidConfigurationException("cannot look up " + field + " '" + value + "' in " + connector
                    + ": AFAS filters cannot hold ',' or ';'");
        }
        return page(connector, field, AfasFilter.equal(field, value), 0, 100, RowShape.AS_SENT);
    }

    /** The cheapest authenticated request: one row of a GetConnector. */
    void checkAccess(String connector, String orderBy) {
        page(connector, orderBy, AfasFilter.NONE, 0, 1, RowShape.AS_SENT);
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
        prefetcher.shutdownNow();
        HttpClientFactory.close(http);
    }

    private List<Map<String, Object>> page(String connector, String orderBy, AfasFilter filter, int skip, int take,
                                           RowShape shape) {
        HttpUrl.Builder url = connectorUrl(connector).newBuilder()
                .addQueryParameter("skip", Integer.toString(skip))
                .addQueryParameter("take", Integer.toString(take))
                .addQueryParameter("orderbyfieldids", orderBy);
        filter.addTo(url);
        Request request = request(url.build()).get().build();
        String what = "GET " + request.url().encodedPath();
        try (Response response = http.newCall(request).execute(); InputStream body = response.body().byteStream();
             JsonParser parser = Json.MAPPER.getFactory().createParser(body)) {
            return rowsOf(parser, what, shape);
        } catch (IOException failure) {
            throw HttpErrorClassifier.transportFailure(request, failure);
        }
    }

    /** The {@code rows} array of a {@code {skip, take, rows}} page, read token by token. */
    private static List<Map<String, Object>> rowsOf(JsonParser parser, String what, RowShape shape)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw malformed(what, "is not a JSON object");
        }
        List<Map<String, Object>> rows = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("rows") && value == JsonToken.START_ARRAY) {
                rows = new ArrayList<>();
                AfasRow.Fields fields = null;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    AfasRow row = row(parser, fields, shape, what);
                    fields = row.fields();
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

    /**
     * One row. Rows of a page send the same fields in the same order, so a row shares the previous row's field names
     * when its own are the same, and only a row that differs gets its own.
     */
    private static AfasRow row(JsonParser parser, AfasRow.Fields previous, RowShape shape, String what)
            throws IOException {
        Object[] values = new Object[previous == null ? 16 : previous.size()];
        List<String> names = null;
        int count = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = shape.names().apply(parser.currentName());
            if (names == null && (previous == null || count >= previous.size()
                    || !previous.name(count).equals(name))) {
                names = firstNames(previous, count);
            }
            if (names != null) {
                names.add(name);
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value(parser, parser.nextToken(), shape);
        }
        if (names == null) {
            if (previous != null && count == previous.size()) {
                return new AfasRow(previous, values);
            }
            names = firstNames(previous, count);
        }
        try {
            return new AfasRow(AfasRow.Fields.of(names), Arrays.copyOf(values, count));
        } catch (IllegalArgumentException repeated) {
            throw malformed(what, "has a row that " + repeated.getMessage());
        }
    }

    /** The first {@code count} of {@code fields}' names, in a list that can grow; {@code fields} is null at 0. */
    private static List<String> firstNames(AfasRow.Fields fields, int count) {
        List<String> names = new ArrayList<>(Math.max(16, count * 2));
        for (int index = 0; index < count; index++) {
            names.add(fields.name(index));
        }
        return names;
    }

    private static Object value(JsonParser parser, JsonToken token, RowShape shape) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> shape.nullValue();
            // GetConnectors give flat rows; a nested value is kept as its JSON text
            default -> Json.MAPPER.readTree(parser).toString();
        };
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

    /** How rows are built: field names as {@code names} gives them, AFAS's null as {@code nullValue}. */
    record RowShape(UnaryOperator<String> names, Object nullValue) {
        /** Names and nulls as AFAS sends them. */
        static final RowShape AS_SENT = new RowShape(UnaryOperator.identity(), null);

        RowShape {
            requireNonNull(names, "names is null");
        }
    }

    /**
     * The rows of consecutive pages; the request for page n + 1 starts when page n arrives full (AFAS gives no total:
     * a page shorter than take is the last, as in the Tools4ever loop). The first page is fetched on first use.
     */
    private final class PrefetchingRows implements Iterator<Map<String, Object>> {
        private final IntFunction<List<Map<String, Object>>> fetch;
        private final int pageSize;
        private List<Map<String, Object>> page = List.of();
        private int index;
        private int skip;
        private Future<List<Map<String, Object>>> next;
        private boolean last;

        PrefetchingRows(IntFunction<List<Map<String, Object>>> fetch, int pageSize) {
            this.fetch = fetch;
            this.pageSize = pageSize;
        }

        @Override
        public boolean hasNext() {
            while (index == page.size() && !last) {
                page = next == null ? fetch.apply(skip) : await(next);
                index = 0;
                skip += page.size();
                last = page.size() < pageSize;
                int from = skip;
                next = last ? null : prefetcher.submit(() -> fetch.apply(from));
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

        /** A stream closed early (or failed) abandons the page in flight. */
        void cancel() {
            if (next != null) {
                next.cancel(true);
            }
        }

        private List<Map<String, Object>> await(Future<List<Map<String, Object>>> pending) {
            try {
                return pending.get();
            } catch (ExecutionException failed) {
                // the page's own error (HTTP status, transport, malformed page), as a synchronous read throws it
                if (failed.getCause() instanceof RuntimeException error) {
                    throw error;
                }
                throw new ConnectorException(StandardErrorCode.INTERNAL_ERROR, "reading an AFAS page failed",
                        failed.getCause());
            } catch (InterruptedException interrupted) {
                pending.cancel(true);
                Thread.currentThread().interrupt();
                throw new ConnectorException(StandardErrorCode.CONNECTION_FAILED,
                        "interrupted while reading an AFAS page", interrupted);
            }
        }
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
