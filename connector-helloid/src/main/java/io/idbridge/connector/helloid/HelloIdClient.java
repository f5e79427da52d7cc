package io.idbridge.connector.helloid;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.toolkit.HttpClientFactory;
import io.idbridge.toolkit.HttpClientSettings;
import io.idbridge.toolkit.HttpErrorClassifier;
import io.idbridge.toolkit.HttpRequests;
import io.idbridge.toolkit.Json;
import io.idbridge.toolkit.RequestRateLimiter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The HelloID REST API v1 (systems.md §2.3) as HTTP and JSON only; every decision lives in the connector. Every request
 * carries {@code Authorization: Basic base64(key:secret)}; bodies are UTF-8 {@code application/json}. Thread-safe: one
 * OkHttp client is shared by all calls.
 *
 * @see HelloIdErrorRefiner for how error bodies are classified
 */
final class HelloIdClient implements AutoCloseable {
    private final HttpUrl baseUrl;
    private final String authorization;
    private final int pageSize;
    private final OkHttpClient http;

    HelloIdClient(HelloIdConfig config) {
        requireNonNull(config, "config is null");
        this.baseUrl = HttpUrl.get(config.baseUrl());
        // the pair is ASCII in practice; ISO-8859-1 is what the Basic scheme historically assumes
        this.authorization = Credentials.basic(config.apiKey(), config.apiSecret().reveal(), StandardCharsets.ISO_8859_1);
        this.pageSize = config.pageSize();
        List<Interceptor> interceptors = new ArrayList<>();
        if (config.requestsPerSecond() > 0) {
            interceptors.add(new RequestRateLimiter(config.requestsPerSecond()));
        }
        interceptors.add(new HttpErrorClassifier(new HelloIdErrorRefiner()));
        // no call timeout: it would also count the time a request waits for the rate limiter
        this.http = HttpClientFactory.create(
                new HttpClientSettings(config.connectTimeout(), config.readTimeout(), Duration.ZERO), interceptors);
    }

    /** {@code GET /users/{guidOrUserName}}; empty when HelloID answers "User not found". */
    Optional<ObjectNode> findUser(String guidOrUserName) {
        try {
            return Optional.of(object(send("GET", url("users", guidOrUserName), null), "GET /users/{id}"));
        } catch (ConnectorException error) {
            if (isUserNotFound(error)) {
                return Optional.empty();
            }
            throw error;
        }
    }

    /** {@code GET /users} paged; with {@code deleted} the deleted users ({@code isDeleted=true}). */
    Stream<JsonNode> listUsers(boolean deleted) {
        return deleted ? paged("users", "isDeleted", "true") : paged("users");
    }

    /** {@code GET /users?take=1&skip=0}: the cheapest authenticated request, to check URL and credentials. */
    void checkAccess() {
        page(url("users").newBuilder(), 1, 0);
    }

    /** {@code POST /users}; returns the created user (which carries {@code userGUID}). */
    ObjectNode createUser(ObjectNode user) {
        return object(send("POST", url("users"), user), "POST /users");
    }

    /** {@code PUT /users/{guid}} with the full user object; returns the response body (may be empty). */
    JsonNode updateUser(String userGuid, ObjectNode user) {
        return send("PUT", url("users", userGuid), user);
    }

    /** {@code DELETE /users/{guid}}. */
    void deleteUser(String userGuid) {
        send("DELETE", url("users", userGuid), null);
    }

    /** {@code GET /groups} paged; items carry {@code groupGuid} and {@code name}. */
    Stream<JsonNode> listGroups() {
        return paged("groups");
    }

    /** {@code GET /groups/{guid}}, including its {@code users}; empty when the group does not exist. */
    Optional<JsonNode> findGroup(String groupGuid) {
        try {
            return Optional.of(object(send("GET", url("groups", groupGuid), null), "GET /groups/{guid}"));
        } catch (ConnectorException error) {
            if (error.errorType() == ErrorType.NOT_FOUND && !isUserNotFound(error)) {
                return Optional.empty();
            }
            throw error;
        }
    }

    /** {@code POST /groups} with {@code {name, isEnabled: true}}; returns the new group. */
    ObjectNode createGroup(String name) {
        ObjectNode body = Json.object().put("name", name).put("isEnabled", true);
        return object(send("POST", url("groups"), body), "POST /groups");
    }

    /** {@code POST /users/{guid}/groups} with {@code {groupGuid}}. */
    void addUserToGroup(String userGuid, String groupGuid) {
        send("POST", url("users", userGuid, "groups"), Json.object().put("groupGuid", groupGuid));
    }

    /** {@code DELETE /users/{guid}/groups/{groupGuid}}. */
    void removeUserFromGroup(String userGuid, String groupGuid) {
        send("DELETE", url("users", userGuid, "groups", groupGuid), null);
    }

    /** {@code GET /products} paged. */
    Stream<JsonNode> listProducts() {
        return paged("products");
    }

    /** {@code GET /product-assignment} paged; items carry {@code productGuid}, {@code productName}, {@code userGuid}. */
    Stream<JsonNode> listProductAssignments() {
        return paged("product-assignment");
    }

    /** {@code GET /product-assignment/by-user/{guid}} paged. */
    Stream<JsonNode> listProductAssignmentsOf(String userGuid) {
        return HelloIdPages.stream(pageSize, (take, skip) -> page(
                url("product-assignment", "by-user", userGuid).newBuilder(), take, skip));
    }

    /**
     * {@code POST /selfservice/products/request} for the user's own account: the user both requests and receives the
     * product, as the reference connector does.
     */
    void requestProduct(String productGuid, String userGuid) {
        ObjectNode body = Json.object()
                .put("requestedProductGUID", productGuid)
                .put("requestedByUserGUID", userGuid)
                .put("requestedForUserGUID", userGuid)
                .put("comment", "Requested by HelloID Provisioning");
        send("POST", url("selfservice", "products", "request"), body);
    }

    @Override
    public void close() {
        HttpClientFactory.close(http);
    }

    static boolean isUserNotFound(ConnectorException error) {
        return error.errorCode() == HelloIdErrorCode.HELLOID_USER_NOT_FOUND;
    }

    private Stream<JsonNode> paged(String collection, String... filter) {
        return HelloIdPages.stream(pageSize, (take, skip) -> {
            HttpUrl.Builder url = url(collection).newBuilder();
            for (int index = 0; index + 1 < filter.length; index += 2) {
                url.addQueryParameter(filter[index], filter[index + 1]);
            }
            return page(url, take, skip);
        });
    }

    /** One page: the bare array, or the array in the response's {@code data} property. */
    private JsonNode page(HttpUrl.Builder url, int take, int skip) {
        HttpUrl pageUrl = url.addQueryParameter("take", Integer.toString(take))
                .addQueryParameter("skip", Integer.toString(skip)).build();
        JsonNode body = send("GET", pageUrl, null);
        JsonNode items = body.isObject() && body.has("data") ? body.get("data") : body;
        if (!items.isArray()) {
            throw new ConnectorException(HelloIdErrorCode.HELLOID_INCOMPLETE_RESPONSE,
                    "GET " + pageUrl.encodedPath() + " returned no array of items");
        }
        return items;
    }

    private JsonNode send(String method, HttpUrl url, ObjectNode body) {
        RequestBody requestBody = body == null ? null : Json.requestBody(body);
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                // systems.md §2.1: every request declares JSON, also those without a body
                .header("Content-Type", Json.JSON.toString())
                .method(method, requestBody)
                .build();
        return Json.parse(HttpRequests.execute(http, request), method + " " + url.encodedPath());
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    private static ObjectNode object(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new ConnectorException(HelloIdErrorCode.HELLOID_INCOMPLETE_RESPONSE, what + " returned no JSON object");
        }
        return (ObjectNode) node;
    }
}
