package io.idbridge.sandbox.helloid;

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

/** Authentication and routing of {@code /api/v1/...}; the endpoints do the work. */
final class HelloIdApi implements SimulatorApi {
    static final String BASE_PATH = "/api/v1";

    private final byte[] expectedAuthorization;
    private final UserEndpoints users;
    private final GroupEndpoints groups;
    private final ProductEndpoints products;

    HelloIdApi(String apiKey, String apiSecret, HelloIdStore store, Paging paging) {
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(apiSecret, "apiSecret is null");
        String pair = apiKey + ":" + apiSecret;
        this.expectedAuthorization = ("Basic " + Base64.getEncoder()
                .encodeToString(pair.getBytes(StandardCharsets.US_ASCII))).getBytes(StandardCharsets.US_ASCII);
        this.users = new UserEndpoints(store, paging);
        this.groups = new GroupEndpoints(store, paging);
        this.products = new ProductEndpoints(store, paging);
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request) {
        if (!authorized(request)) {
            // The message ASP.NET Web API gives for a refused request.
            return error(401, "Authorization has been denied for this request.")
                    .withHeader("WWW-Authenticate", "Basic realm=\"HelloID\"");
        }
        try {
            requireJsonBody(request);
            return route(request);
        } catch (HelloIdApiException e) {
            return error(e.status(), e.getMessage());
        }
    }

    @Override
    public SimulatorResponse error(int status, String message) {
        return SimulatorResponse.json(status, HelloIdJson.error(status, message));
    }

    private boolean authorized(SimulatorRequest request) {
        Optional<String> header = request.header("Authorization");
        // Constant-time compare, like a real server; the scheme name is case-insensitive.
        return header.filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .map(value -> MessageDigest.isEqual(("Basic " + value.substring(6).trim())
                        .getBytes(StandardCharsets.US_ASCII), expectedAuthorization))
                .orElse(false);
    }

    private static void requireJsonBody(SimulatorRequest request) {
        if (request.body().isEmpty()) {
            return;
        }
        String type = request.header("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HelloIdApiException(415,
                    "The request entity's media type '" + type + "' is not supported for this resource.");
        }
    }

    private SimulatorResponse route(SimulatorRequest request) {
        List<String> segments = request.pathSegments();
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals("v1")) {
            throw notFound(request);
        }
        List<String> resource = segments.subList(2, segments.size());
        String method = request.method();
        String first = resource.get(0);
        int size = resource.size();
        if (first.equals("users")) {
            return routeUsers(request, method, resource);
        }
        if (first.equals("groups") && size == 1) {
            return switch (method) {
                case "GET" -> groups.list(request);
                case "POST" -> groups.create(request);
                default -> throw notAllowed(method);
            };
        }
        if (first.equals("groups") && size == 2) {
            return only("GET", method, () -> groups.get(resource.get(1)));
        }
        if (first.equals("products") && size == 1) {
            return only("GET", method, () -> products.list(request));
        }
        if (resource.equals(List.of("selfservice", "products", "request"))) {
            return only("POST", method, () -> products.request(request));
        }
        if (first.equals("product-assignment")) {
            return routeAssignments(request, method, resource);
        }
        throw notFound(request);
    }

    private SimulatorResponse routeUsers(SimulatorRequest request, String method, List<String> resource) {
        int size = resource.size();
        if (size == 1) {
            return switch (method) {
                case "GET" -> users.list(request);
                case "POST" -> users.create(request);
                default -> throw notAllowed(method);
            };
        }
        String user = resource.get(1);
        if (size == 2) {
            return switch (method) {
                case "GET" -> users.get(user);
                case "PUT" -> users.replace(user, request);
                case "DELETE" -> users.delete(user);
                default -> throw notAllowed(method);
            };
        }
        if (size == 3 && resource.get(2).equals("groups")) {
            return only("POST", method, () -> groups.addMember(user, request));
        }
        if (size == 4 && resource.get(2).equals("groups")) {
            return only("DELETE", method, () -> groups.removeMember(user, resource.get(3)));
        }
        throw notFound(request);
    }

    private SimulatorResponse routeAssignments(SimulatorRequest request, String method, List<String> resource) {
        if (resource.size() == 1) {
            return only("GET", method, () -> products.assignments(request));
        }
        if (resource.size() == 3 && resource.get(1).equals("by-user")) {
            return only("GET", method, () -> products.assignmentsOf(resource.get(2), request));
        }
        if (resource.equals(List.of("product-assignment", "unassign", "by-product"))) {
            return only("POST", method, () -> products.unassign(request));
        }
        throw notFound(request);
    }

    private static SimulatorResponse only(String allowed, String method, Endpoint endpoint) {
        if (!allowed.equals(method)) {
            throw notAllowed(method);
        }
        return endpoint.call();
    }

    private static HelloIdApiException notFound(SimulatorRequest request) {
        return new HelloIdApiException(404,
                "No HTTP resource was found that matches the request URI '" + request.path() + "'.");
    }

    private static HelloIdApiException notAllowed(String method) {
        return new HelloIdApiException(405, "The requested resource does not support http method '" + method + "'.");
    }

    /** One endpoint call, deferred until the method is checked. */
    private interface Endpoint {
        SimulatorResponse call();
    }
}
