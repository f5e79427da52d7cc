package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.toolkit.HttpClientFactory;
import io.idbridge.toolkit.HttpClientSettings;
import io.idbridge.toolkit.HttpErrorClassifier;
import io.idbridge.toolkit.Json;
import io.idbridge.toolkit.RequestRateLimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The TOPdesk REST API (systems.md §4.2, §4.3) as HTTP and JSON only; every decision lives in the connectors. Every
 * request carries {@code Authorization: Basic base64(login:application password)}, {@code Accept: application/json;
 * charset=utf-8} and Tools4ever's {@code Partner-Solution-Id}, as the reference connector sends them. Thread-safe.
 */
final class TopdeskClient implements AutoCloseable {
    static final String V2_COLLECTION = "application/x.topdesk-collection-person-v2+json";
    private static final String ACCEPT = "application/json; charset=utf-8";
    private static final String PARTNER_SOLUTION_ID = "TOOL001";
    private static final int NO_CONTENT = 204;
    private static final int PARTIAL_CONTENT = 206;

    private final HttpUrl api;
    private final String authorization;
    private final OkHttpClient http;

    TopdeskClient(TopdeskConnection connection) {
        requireNonNull(connection, "connection is null");
        this.api = connection.baseUrl().newBuilder().addPathSegments("tas/api").build();
        // the pair is ASCII in practice; ISO-8859-1 is what the Basic scheme historically assumes
        this.authorization = Credentials.basic(connection.username(), connection.applicationPassword().reveal(),
                StandardCharsets.ISO_8859_1);
        List<Interceptor> interceptors = new ArrayList<>();
        if (connection.requestsPerSecond() > 0) {
            interceptors.add(new RequestRateLimiter(connection.requestsPerSecond()));
        }
        interceptors.add(new HttpErrorClassifier(new TopdeskErrorRefiner()));
        this.http = HttpClientFactory.create(new HttpClientSettings(connection.connectTimeout(),
                connection.readTimeout(), Duration.ZERO), interceptors);
    }

    /** One page of the v1 persons list; {@code more} when TOPdesk answered 206 Partial Content. */
    record Page(List<ObjectNode> persons, boolean more) {
    }

    /**
     * {@code GET /persons?start=&page_size=&query=}: archived and active persons alike, as correlation needs. An empty
     * result (204 No Content, or an empty list) is an empty page.
     *
     * @param query FIQL, e.g. {@code employeeNumber=='1001'}; empty for every person
     */
    Page persons(String query, int start, int pageSize) {
        HttpUrl.Builder url = url("persons").addQueryParameter("start", String.valueOf(start))
                .addQueryParameter("page_size", String.valueOf(pageSize));
        if (!query.isEmpty()) {
            url.addQueryParameter("query", query);
        }
        Answer answer = send(get(url.build(), ACCEPT));
        if (answer.status() == NO_CONTENT || answer.body().isBlank()) {
            return new Page(List.of(), false);
        }
        return new Page(objects(Json.parse(answer.body(), "GET /persons"), "GET /persons"),
                answer.status() == PARTIAL_CONTENT);
    }

    /** {@code GET /persons/id/{id}}; empty when TOPdesk answers 404. */
    Optional<ObjectNode> person(String id) {
        try {
            return Optional.of(object(send(get(url("persons", "id", id).build(), ACCEPT)), "GET /persons/id/{id}"));
        } catch (ConnectorException error) {
            if (error.errorType() == ErrorType.NOT_FOUND) {
                return Optional.empty();
            }
            throw error;
        }
    }

    /** {@code POST /persons}; returns the created person. */
    ObjectNode createPerson(ObjectNode person) {
        return object(send(write("POST", url("persons").build(), person)), "POST /persons");
    }

    /** {@code PATCH /persons/id/{id}} with only the fields to change; returns the person. */
    ObjectNode patchPerson(String id, ObjectNode changes) {
        return object(send(write("PATCH", url("persons", "id", id).build(), changes)), "PATCH /persons/id/{id}");
    }

    /** {@code PATCH /persons/id/{id}/archive} with {@code {"id": reason}}. */
    ObjectNode archive(String id, String archivingReasonId) {
        ObjectNode reason = Json.object().put("id", archivingReasonId);
        return object(send(write("PATCH", url("persons", "id", id, "archive").build(), reason)),
                "PATCH /persons/id/{id}/archive");
    }

    /** {@code PATCH /persons/id/{id}/unarchive}, without a body. */
    ObjectNode unarchive(String id) {
        Request request = request(url("persons", "id", id, "unarchive").build(), ACCEPT)
                .patch(RequestBody.create(new byte[0], null)).build();
        return object(send(request), "PATCH /persons/id/{id}/unarchive");
    }

    /** {@code GET} of a lookup list such as {@code branches} or {@code archiving-reasons}: the whole list. */
    List<ObjectNode> list(String resource) {
        Answer answer = send(get(url(resource).build(), ACCEPT));
        if (answer.status() == NO_CONTENT || answer.body().isBlank()) {
            return List.of();
        }
        return objects(Json.parse(answer.body(), "GET /" + resource), "GET /" + resource);
    }

    /** {@code POST} to a lookup list, e.g. {@code departments} with {@code {"name": ...}}; returns the new entry. */
    ObjectNode create(String resource, ObjectNode entry) {
        return object(send(write("POST", url(resource).build(), entry)), "POST /" + resource);
    }

    /**
     * The v2 person collection ({@code pageStart}/{@code pageSize}, {@code {"item": [...], "next": ...}}), one page in
     * memory at a time, following {@code next} until it is null. A failing page throws from the stream.
     *
     * @param query FIQL; empty for every person
     * @param archived true or false to filter; null for both
     */
    Stream<ObjectNode> collection(String query, Boolean archived, int pageSize) {
        HttpUrl.Builder first = url("persons").addQueryParameter("pageStart", "0")
                .addQueryParameter("pageSize", String.valueOf(pageSize));
        if (!query.isEmpty()) {
            first.addQueryParameter("query", query);
        }
        if (archived != null) {
            first.addQueryParameter("archived", archived.toString());
        }
        Iterator<ObjectNode> items = new CollectionIterator(first.build());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** {@code GET /persons?start=0&page_size=1}: the cheapest request that needs valid credentials. */
    void checkAccess() {
        persons("", 0, 1);
    }

    @Override
    public void close() {
        HttpClientFactory.close(http);
    }

    /** Pages of the v2 collection, fetched when the previous one is used up. */
    private final class CollectionIterator implements Iterator<ObjectNode> {
        private HttpUrl next;
        private Iterator<JsonNode> page = List.<JsonNode>of().iterator();

        CollectionIterator(HttpUrl first) {
            this.next = first;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && next != null) {
                fetch();
            }
            return page.hasNext();
        }

        @Override
        public ObjectNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonNode item = page.next();
            if (!item.isObject()) {
                throw malformed("GET /persons (v2) returned an item that is not an object");
            }
            return (ObjectNode) item;
        }

        private void fetch() {
            JsonNode body = Json.parse(send(get(next, V2_COLLECTION)).body(), "GET /persons (v2)");
            JsonNode items = body.get("item");
            if (!body.isObject() || items == null || !items.isArray()) {
                throw malformed("GET /persons (v2) returned no item list");
            }
            page = items.iterator();
            next = nextPage(body.get("next"));
        }

        /** The {@code next} link, resolved against the API; one pointing at another host is refused, not followed. */
        private HttpUrl nextPage(JsonNode link) {
            if (link == null || link.isNull() || link.asText().isBlank()) {
                return null;
            }
            HttpUrl resolved = api.resolve(link.asText());
            if (resolved == null || !resolved.host().equalsIgnoreCase(api.host())) {
                // the credentials go with every request: never send them to a host the configuration did not name
                throw malformed("GET /persons (v2) returned a next link to another host");
            }
            return resolved;
        }
    }

    private record Answer(int status, String body) {
    }

    private Answer send(Request request) {
        try (Response response = http.newCall(request).execute()) {
            return new Answer(response.code(), response.body().string());
        } catch (IOException failure) {
            throw HttpErrorClassifier.transportFailure(request, failure);
        }
    }

    private Request get(HttpUrl url, String accept) {
        return request(url, accept).get().build();
    }

    private Request write(String method, HttpUrl url, ObjectNode body) {
        return request(url, ACCEPT).method(method, Json.requestBody(body)).build();
    }

    private Request.Builder request(HttpUrl url, String accept) {
        return new Request.Builder().url(url).header("Authorization", authorization).header("Accept", accept)
                .header("Partner-Solution-Id", PARTNER_SOLUTION_ID);
    }

    private HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = api.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    private static ObjectNode object(Answer answer, String what) {
        JsonNode node = Json.parse(answer.body(), what);
        if (!node.isObject()) {
            throw malformed(what + " returned no object");
        }
        return (ObjectNode) node;
    }

    private static List<ObjectNode> objects(JsonNode node, String what) {
        if (!node.isArray()) {
            throw malformed(what + " returned no list");
        }
        List<ObjectNode> objects = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw malformed(what + " returned a list item that is not an object");
            }
            objects.add((ObjectNode) item);
        }
        return objects;
    }

    private static ConnectorException malformed(String message) {
        return new ConnectorException(StandardErrorCode.MALFORMED_RESPONSE, message);
    }
}
