package io.idbridge.sandbox.topdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain JDK HTTP client for the simulator's own tests, independent of the connector's client. */
final class TopdeskTestClient {
    static final String JSON = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String authorization;

    TopdeskTestClient(String baseUrl, String login, String password) {
        this.baseUrl = baseUrl;
        this.authorization = login == null ? null : "BASIC " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static TopdeskTestClient of(TopdeskSimulator simulator) {
        return new TopdeskTestClient(simulator.baseUrl(), TopdeskSimulator.DEFAULT_OPERATOR_LOGIN,
                TopdeskSimulator.DEFAULT_APPLICATION_PASSWORD);
    }

    /** {@code pathAndQuery} under {@code /tas/api}, e.g. {@code /persons?start=0}. */
    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, JSON);
    }

    Answer getV2(String pathAndQuery) {
        return send("GET", pathAndQuery, null, "application/x.topdesk-collection-person-v2+json");
    }

    /** An absolute URL, as the v2 collection's {@code next}, with the v2 Accept header. */
    Answer getV2Url(String url) {
        return sendTo(URI.create(url), "GET", null, "application/x.topdesk-collection-person-v2+json");
    }

    Answer post(String path, String json) {
        return send("POST", path, json, JSON);
    }

    Answer patch(String path, String json) {
        return send("PATCH", path, json, JSON);
    }

    Answer send(String method, String pathAndQuery, String json, String accept) {
        return sendTo(URI.create(baseUrl + "/tas/api" + pathAndQuery), method, json, accept);
    }

    private Answer sendTo(URI uri, String method, String json, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Accept", accept);
        if (json != null) {
            request.header("Content-Type", JSON);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status, body text and the body parsed as JSON. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The first message of a TOPdesk error body. */
        String message() {
            return json().get(0).get("message").asText();
        }
    }
}
