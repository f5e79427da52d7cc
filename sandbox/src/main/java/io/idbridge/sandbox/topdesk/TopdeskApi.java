package io.idbridge.sandbox.topdesk;

import static java.util.Objects.requireNonNull;

import io.idbridge.sandbox.SimulatorApi;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Authentication and routing of {@code /tas/api/...}; the endpoint classes do the work. */
final class TopdeskApi implements SimulatorApi {
    static final String BASE_PATH = "/tas/api";
    static final String VERSION = "14.1.012";

    private final byte[] expectedCredentials;
    private final PersonListing listing;
    private final PersonEndpoints persons;
    private final LookupEndpoints lookups;

    TopdeskApi(String operatorLogin, String applicationPassword, TopdeskStore store, PageFailures pageFailures) {
        requireNonNull(operatorLogin, "operatorLogin is null");
        requireNonNull(applicationPassword, "applicationPassword is null");
        this.expectedCredentials = Base64.getEncoder()
                .encode((operatorLogin + ":" + applicationPassword).getBytes(StandardCharsets.UTF_8));
        this.listing = new PersonListing(store, pageFailures);
        this.persons = new PersonEndpoints(store);
        this.lookups = new LookupEndpoints(store);
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request) {
        if (!authorized(request)) {
            return error(401, "Unauthorized: give the operator login and an application password (HTTP Basic)")
                    .withHeader("WWW-Authenticate", "Basic realm=\"TOPdesk\"");
        }
        try {
            requireJsonBody(request);
            return route(request);
        } catch (TopdeskApiException e) {
            return error(e.status(), e.getMessage());
        }
    }

    @Override
    public SimulatorResponse error(int status, String message) {
        return SimulatorResponse.json(status, TopdeskJson.error(message));
    }

    private boolean authorized(SimulatorRequest request) {
        Optional<String> header = request.header("Authorization");
        // The connector writes the scheme as "BASIC"; scheme names are case-insensitive. Constant-time compare.
        return header.filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .map(value -> MessageDigest.isEqual(value.substring(6).trim().getBytes(StandardCharsets.US_ASCII),
                        expectedCredentials))
                .orElse(false);
    }

    private static void requireJsonBody(SimulatorRequest request) {
        if (request.body().isBlank()) {
            return;
        }
        String type = request.header("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new TopdeskApiException(415, "The media type '" + type + "' is not supported; send application/json");
        }
    }

    private SimulatorResponse route(SimulatorRequest request) {
        List<String> segments = request.pathSegments();
        if (segments.size() < 3 || !segments.get(0).equals("tas") || !segments.get(1).equals("api")) {
            throw notFound(request);
        }
        List<String> resource = segments.subList(2, segments.size());
        String method = request.method();
        if (resource.get(0).equals("persons")) {
            return routePersons(request, method, resource);
        }
        if (resource.size() != 1) {
            throw notFound(request);
        }
        return switch (resource.get(0)) {
            case "version" -> only("GET", method, () -> SimulatorResponse.json(200,
                    TopdeskJson.write(TopdeskJson.object().put("version", VERSION))));
            case "branches" -> method.equals("POST") ? lookups.createBranch(request)
                    : only("GET", method, lookups::branches);
            case "departments" -> listOrCreate(LookupKind.DEPARTMENT, request);
            case "budgetholders" -> listOrCreate(LookupKind.BUDGET_HOLDER, request);
            case "archiving-reasons" -> only("GET", method, () -> lookups.list(LookupKind.ARCHIVING_REASON));
            case "countries" -> only("GET", method, () -> lookups.list(LookupKind.COUNTRY));
            default -> throw notFound(request);
        };
    }

    private SimulatorResponse listOrCreate(LookupKind kind, SimulatorRequest request) {
        if (request.method().equals("POST")) {
            return lookups.create(kind, request);
        }
        return only("GET", request.method(), () -> lookups.list(kind));
    }

    private SimulatorResponse routePersons(SimulatorRequest request, String method, List<String> resource) {
        int size = resource.size();
        if (size == 1) {
            return switch (method) {
                case "GET" -> listing.list(request);
                case "POST" -> persons.create(request);
                default -> throw notAllowed(method);
            };
        }
        if (size < 3 || !resource.get(1).equals("id")) {
            throw notFound(request);
        }
        String id = resource.get(2);
        if (size == 3) {
            return switch (method) {
                case "GET" -> persons.get(id);
                case "PATCH" -> persons.patch(id, request);
                default -> throw notAllowed(method);
            };
        }
        if (size == 4 && resource.get(3).equals("archive")) {
            return only("PATCH", method, () -> persons.archive(id, request));
        }
        if (size == 4 && resource.get(3).equals("unarchive")) {
            return only("PATCH", method, () -> persons.unarchive(id));
        }
        throw notFound(request);
    }

    private static SimulatorResponse only(String allowed, String method, Endpoint endpoint) {
        if (!allowed.equals(method)) {
            throw notAllowed(method);
        }
        return endpoint.call();
    }

    private static TopdeskApiException notFound(SimulatorRequest request) {
        return new TopdeskApiException(404, "No resource found at '" + request.path() + "'");
    }

    private static TopdeskApiException notAllowed(String method) {
        return new TopdeskApiException(405, "The method '" + method + "' is not allowed here");
    }

    /** One endpoint call, deferred until the method is checked. */
    private interface Endpoint {
        SimulatorResponse call();
    }
}
