package io.idbridge.sandbox.topdesk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code GET /tas/api/persons}: the v1 list ({@code start}/{@code page_size}, 206 while more pages exist) and, with
 * {@code Accept: application/x.topdesk-collection-person-v2+json}, the v2 collection ({@code pageStart}/
 * {@code pageSize}, {@code {"item": [...], "next": ...}}) of systems.md §4.3.
 */
final class PersonListing {
    static final String V2_MEDIA_TYPE = "application/x.topdesk-collection-person-v2+json";
    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_V2_PAGE_SIZE = 1000;
    static final int MAX_V2_PAGE_SIZE = 5000;

    private final TopdeskStore store;
    private final PageFailures pageFailures;

    PersonListing(TopdeskStore store, PageFailures pageFailures) {
        this.store = store;
        this.pageFailures = pageFailures;
    }

    SimulatorResponse list(SimulatorRequest request) {
        boolean v2 = request.header("Accept").filter(accept -> accept.contains(V2_MEDIA_TYPE)).isPresent();
        return v2 ? collection(request) : v1(request);
    }

    private SimulatorResponse v1(SimulatorRequest request) {
        Map<String, String> query = request.queryParameters();
        int start = number(query, "start", 0);
        int pageSize = size(query, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        failIfInjected(start, pageSize);
        List<SimulatedPerson> page = matching(query, false, start, pageSize + 1);
        if (page.isEmpty()) {
            return SimulatorResponse.empty(204);
        }
        String fields = query.containsKey("$fields") ? query.get("$fields") : query.get("fields");
        ArrayNode body = TopdeskJson.array();
        page.stream().limit(pageSize)
                .forEach(person -> body.add(PersonJson.select(PersonJson.person(person, store, false), fields)));
        return SimulatorResponse.json(page.size() > pageSize ? 206 : 200, TopdeskJson.write(body));
    }

    private SimulatorResponse collection(SimulatorRequest request) {
        Map<String, String> query = request.queryParameters();
        int start = number(query, "pageStart", 0);
        int pageSize = size(query, "pageSize", DEFAULT_V2_PAGE_SIZE, MAX_V2_PAGE_SIZE);
        failIfInjected(start, pageSize);
        List<SimulatedPerson> page = matching(query, true, start, pageSize + 1);
        ObjectNode body = TopdeskJson.object();
        ArrayNode items = body.putArray("item");
        page.stream().limit(pageSize).forEach(person ->
                items.add(PersonJson.select(PersonJson.person(person, store, true), query.get("fields"))));
        if (page.size() > pageSize) {
            body.put("next", nextUrl(request, query, start + pageSize, pageSize));
        } else {
            body.putNull("next");
        }
        return SimulatorResponse.json(200, TopdeskJson.write(body));
    }

    /** Persons that pass {@code archived} and {@code query}, from {@code skip}, at most {@code limit}. */
    private List<SimulatedPerson> matching(Map<String, String> query, boolean v2, int skip, int limit) {
        Predicate<SimulatedPerson> filter = FiqlQuery.parse(query.getOrDefault("query", ""),
                new PersonQueryFields(store, v2));
        Boolean archived = archived(query);
        return store.persons().stream()
                .filter(person -> archived == null || person.archived() == archived)
                .filter(filter)
                .skip(skip)
                .limit(limit)
                .toList();
    }

    private void failIfInjected(int start, int pageSize) {
        int pageNumber = start / pageSize + 1;
        if (pageFailures.strikes(pageNumber)) {
            throw new TopdeskApiException(503,
                    "Service unavailable (injected failure of persons page " + pageNumber + ")");
        }
    }

    /** The absolute URL of the next page, built from the Host the client used, keeping fields, query and archived. */
    private static String nextUrl(SimulatorRequest request, Map<String, String> query, int pageStart, int pageSize) {
        StringBuilder url = new StringBuilder("http://").append(request.header("Host").orElse("127.0.0.1"))
                .append(request.path()).append("?pageStart=").append(pageStart).append("&pageSize=").append(pageSize);
        for (String name : List.of("fields", "query", "archived")) {
            if (query.containsKey(name)) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(query.get(name),
                        StandardCharsets.UTF_8));
            }
        }
        return url.toString();
    }

    /** The {@code archived} parameter; absent means archived and active persons alike (see the README). */
    private static Boolean archived(Map<String, String> query) {
        String value = query.get("archived");
        if (value == null) {
            return null;
        }
        // The asset API quotes booleans (archived='false'); accept both spellings.
        String bare = value.replace("'", "");
        if (bare.equalsIgnoreCase("true") || bare.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(bare);
        }
        throw TopdeskApiException.badRequest("The parameter 'archived' must be true or false, was '" + value + "'");
    }

    /** A page size from 1 to {@code max}; a larger one is a 400, not clamped, so a client's mistake shows. */
    private static int size(Map<String, String> query, String name, int absent, int max) {
        int size = number(query, name, absent);
        if (size < 1 || size > max) {
            throw TopdeskApiException.badRequest("The parameter '" + name + "' must be between 1 and " + max
                    + ", was " + size);
        }
        return size;
    }

    private static int number(Map<String, String> query, String name, int absent) {
        String value = query.get(name);
        if (value == null) {
            return absent;
        }
        // At most nine digits: always a valid int.
        if (!value.matches("[0-9]{1,9}")) {
            throw TopdeskApiException.badRequest("The parameter '" + name + "' must be a non-negative number");
        }
        return Integer.parseInt(value);
    }
}
