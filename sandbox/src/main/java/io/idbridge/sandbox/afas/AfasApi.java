package io.idbridge.sandbox.afas;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.sandbox.SimulatorApi;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Authentication and routing of {@code /profitrestservices/connectors/...} (systems.md §3.1): {@code AfasToken
 * <base64 of the token XML>}; a missing or wrong token is a 401, a token sent as plain XML a 500 (as AFAS answers
 * since Profit 6/7); a GetConnector outside the app connector is a 401 too. Errors carry
 * {@code {errorNumber, externalMessage, profitLogReference}}.
 */
final class AfasApi implements SimulatorApi {
    static final String BASE_PATH = "profitrestservices";
    /** The error number AFAS gives for most refusals (seen in the connectors' logs). */
    static final long ERROR_NUMBER = -2147180996L;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final byte[] expectedToken;
    private final AfasStore store;
    private final AfasUpdates updates;
    private final PageFailures pageFailures;

    AfasApi(String tokenXml, AfasStore store, PageFailures pageFailures) {
        this.expectedToken = requireNonNull(tokenXml, "tokenXml is null").trim().getBytes(StandardCharsets.US_ASCII);
        this.store = requireNonNull(store, "store is null");
        this.updates = new AfasUpdates(store);
        this.pageFailures = requireNonNull(pageFailures, "pageFailures is null");
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request) {
        try {
            authenticate(request);
            return route(request);
        } catch (AfasApiException e) {
            return error(e.status(), e.getMessage());
        }
    }

    @Override
    public SimulatorResponse error(int status, String message) {
        ObjectNode body = JSON.createObjectNode()
                .put("errorNumber", ERROR_NUMBER)
                .put("externalMessage", message)
                .put("profitLogReference", HexFormat.of().formatHex(randomBytes()));
        return SimulatorResponse.json(status, body.toString());
    }

    private void authenticate(SimulatorRequest request) {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "AfasToken ", 0, 10)) {
            throw new AfasApiException(401, "Geen token meegegeven: gebruik de header Authorization: AfasToken "
                    + "<base64 van het token>.");
        }
        String token = header.substring(10).trim();
        if (token.startsWith("<")) {
            throw new AfasApiException(500, "Het token moet base64-gecodeerd worden meegegeven.");
        }
        byte[] decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.US_ASCII).trim()
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            throw new AfasApiException(401, "Het token is ongeldig.");
        }
        if (!MessageDigest.isEqual(decoded, expectedToken)) {
            throw new AfasApiException(401, "Het token is ongeldig.");
        }
    }

    private SimulatorResponse route(SimulatorRequest request) {
        List<String> segments = request.pathSegments();
        if (segments.size() != 3 || !segments.get(0).equals(BASE_PATH) || !segments.get(1).equals("connectors")) {
            throw new AfasApiException(404, "Onbekend pad " + request.path());
        }
        String connector = segments.get(2);
        String method = request.method();
        if (method.equals("GET")) {
            return getConnector(connector, request.queryParameters());
        }
        JsonNode body = body(request);
        switch (connector + " " + method) {
            case "KnEmployee PUT" -> updates.updateEmployee(body);
            case "KnUser POST" -> updates.insertUser(body);
            case "KnUser PUT" -> updates.updateUser(body);
            default -> throw new AfasApiException(AfasFields.BY_CONNECTOR.containsKey(connector) ? 405 : 401,
                    "UpdateConnector " + connector + " staat niet in de app connector of ondersteunt " + method
                            + " niet.");
        }
        return SimulatorResponse.json(200, "{\"results\":{}}");
    }

    private SimulatorResponse getConnector(String connector, Map<String, String> parameters) {
        if (!AfasFields.BY_CONNECTOR.containsKey(connector)) {
            throw new AfasApiException(401, "GetConnector " + connector + " staat niet in de app connector.");
        }
        AfasQuery query = AfasQuery.parse(parameters);
        int pageNumber = query.take() == 0 ? 1 : query.skip() / query.take() + 1;
        if (pageFailures.strikes(connector, pageNumber)) {
            throw new AfasApiException(503, "Profit is in onderhoud (pagina " + pageNumber + " faalt met opzet).");
        }
        List<Map<String, Object>> rows = store.page(connector, query);
        try {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("skip", query.skip());
            page.put("take", query.take());
            page.put("rows", rows);
            return SimulatorResponse.json(200, JSON.writeValueAsString(page));
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("rows of " + connector + " cannot be written as JSON", unexpected);
        }
    }

    private static JsonNode body(SimulatorRequest request) {
        try {
            JsonNode body = JSON.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw new AfasApiException(400, "De body moet een JSON-object zijn.");
            }
            return body;
        } catch (JsonProcessingException malformed) {
            throw new AfasApiException(400, "De body is geen geldige JSON.");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
