package io.idbridge.sandbox.afas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AFAS simulator over plain JDK HTTP, independent of the connector's client. */
class AfasSimulatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static AfasSimulator afas;

    @BeforeAll
    static void start() {
        afas = new AfasSimulator().start();
    }

    @AfterAll
    static void stop() {
        afas.close();
    }

    @BeforeEach
    void seed() {
        afas.reset();
        afas.today(TODAY);
        employee("1001", "5001", "Jan", "2020-01-01", null, "I");
        employee("1002", "5002", "Ömer", "2026-04-01", null, "I");
        employee("1003", "5003", "Lisa", "2019-01-01", "2025-10-01", "I");
        employee("1004", "5004", "Sem", "2024-01-01", null, "N");
        employee("1005", "5005", "Eva", "2026-08-01", null, "I");
    }

    @Test
    void aMissingOrWrongTokenIsRefusedWith401AndAPlainTokenWith500() throws Exception {
        assertThat(get(null, AfasSimulator.USERS).statusCode()).isEqualTo(401);
        assertThat(get(AfasSimulator.authorization("<token><version>1</version><data>WRONG</data></token>"),
                AfasSimulator.USERS).statusCode()).isEqualTo(401);
        HttpResponse<String> plain = get("AfasToken " + AfasSimulator.DEFAULT_TOKEN, AfasSimulator.USERS);
        assertThat(plain.statusCode()).isEqualTo(500);
        assertThat(MAPPER.readTree(plain.body()).fieldNames()).toIterable()
                .containsExactly("errorNumber", "externalMessage", "profitLogReference");
    }

    @Test
    void aGetConnectorOutsideTheAppConnectorIs401() throws Exception {
        assertThat(get(token(), "Unknown_Connector").statusCode()).isEqualTo(401);
    }

    @Test
    void theUsersScopeKeepsEmployeesWithAContractInTheWindow() throws Exception {
        JsonNode page = rows(AfasSimulator.USERS + "?skip=0&take=100&orderbyfieldids=Medewerker");

        // 1003 ended more than 3 months ago; 1005 starts more than 3 months from now; 1004 is external but has a user
        assertThat(medewerkers(page)).containsExactly("1001", "1002", "1004");
        assertThat(medewerkers(rows(AfasSimulator.EMPLOYMENTS + "?orderbyfieldids=Medewerker")))
                .containsExactly("1001", "1002");
    }

    @Test
    void pagesAreSortedAndCutBySkipAndTake() throws Exception {
        for (int index = 0; index < 7; index++) {
            employee(String.valueOf(2000 + index), "6" + index, "P" + index, "2020-01-01", null, "I");
        }
        List<String> read = new ArrayList<>();
        for (int skip = 0; ; skip += 3) {
            JsonNode page = rows(AfasSimulator.USERS + "?skip=" + skip + "&take=3&orderbyfieldids=-Medewerker");
            read.addAll(medewerkers(page));
            if (page.size() < 3) {
                break;
            }
        }
        assertThat(read).containsExactly("2006", "2005", "2004", "2003", "2002", "2001", "2000", "1004", "1002",
                "1001");
    }

    @Test
    void filtersSelectRowsAndAnUnknownFieldIsAnError() throws Exception {
        assertThat(medewerkers(rows(AfasSimulator.USERS + "?filterfieldids=Medewerker&filtervalues=1002"
                + "&operatortypes=1"))).containsExactly("1002");
        assertThat(medewerkers(rows(AfasSimulator.USERS + "?filterfieldids=Roepnaam&filtervalues=m"
                + "&operatortypes=6&orderbyfieldids=Medewerker"))).containsExactly("1002", "1004");
        assertThat(medewerkers(rows(AfasSimulator.USERS + "?filterfieldids=Medewerker;Medewerker"
                + "&filtervalues=1001;1004&operatortypes=1;1&orderbyfieldids=Medewerker")))
                .containsExactly("1001", "1004");
        assertThat(get(token(), AfasSimulator.USERS + "?filterfieldids=Nope&filtervalues=x&operatortypes=1")
                .statusCode()).isEqualTo(500);
    }

    @Test
    void knEmployeeChangesTheWorkEmailAndRefusesTheSameValue() throws Exception {
        String body = """
                {"AfasEmployee":{"Element":{"@EmId":"1001","Objects":[{"KnPerson":{"Element":{"Fields":
                {"MatchPer":0,"BcCo":"5001","EmAd":"jan@lindeveld.nl"}}}}]}}}""";

        assertThat(send("PUT", "KnEmployee", body).statusCode()).isEqualTo(200);
        assertThat(afas.employee("1001").orElseThrow()).containsEntry("Email_werk", "jan@lindeveld.nl");
        HttpResponse<String> again = send("PUT", "KnEmployee", body);
        assertThat(again.statusCode()).isEqualTo(500);
        assertThat(MAPPER.readTree(again.body()).get("externalMessage").asText()).contains("EmAd");
    }

    @Test
    void knUserSetsTheUpnBlocksUnblocksAndInserts() throws Exception {
        String update = """
                {"KnUser":{"Element":{"@UsId":"12345.1001","Fields":{"MtCd":1,"Upn":"jan@lindeveld.nl"}}}}""";
        assertThat(send("PUT", "KnUser", update).statusCode()).isEqualTo(200);
        assertThat(afas.employee("1001").orElseThrow()).containsEntry("UPN", "jan@lindeveld.nl");
        assertThat(send("PUT", "KnUser", update).statusCode()).as("same value").isEqualTo(500);

        send("PUT", "KnUser", "{\"KnUser\":{\"Element\":{\"@UsId\":\"12345.1001\",\"Fields\":{\"MtCd\":2,"
                + "\"Nm\":\"Jan\"}}}}");
        assertThat(afas.employee("1001").orElseThrow()).containsEntry("Geblokkeerd", true);
        send("PUT", "KnUser", "{\"KnUser\":{\"Element\":{\"@UsId\":\"12345.1001\",\"Fields\":{\"MtCd\":6,"
                + "\"Nm\":\"Jan\"}}}}");
        assertThat(afas.employee("1001").orElseThrow()).containsEntry("Geblokkeerd", false);

        afas.updateRow(AfasSimulator.USERS, "1002", Map.of("Gebruiker", ""));
        String insert = """
                {"KnUser":{"Element":{"@UsId":"12345.1002","Fields":{"MtCd":1,"BcCo":"5002","Nm":"Ömer",
                "Upn":"omer@lindeveld.nl","Site":false,"InSi":true,"Awin":false,"Acon":false,"Abac":false,
                "Acom":false}}}}""";
        assertThat(send("POST", "KnUser", insert).statusCode()).isEqualTo(200);
        assertThat(afas.employee("1002").orElseThrow()).containsEntry("Gebruiker", "12345.1002")
                .containsEntry("UPN", "omer@lindeveld.nl");
        assertThat(send("PUT", "KnUser", "{\"KnUser\":{\"Element\":{\"@UsId\":\"12345.9999\",\"Fields\":"
                + "{\"MtCd\":1,\"Upn\":\"x\"}}}}").statusCode()).as("unknown user").isEqualTo(500);
    }

    @Test
    void aFailedPageIsAnswered503AndThenServed() throws Exception {
        afas.failPage(AfasSimulator.USERS, 2, 1);

        assertThat(get(token(), AfasSimulator.USERS + "?skip=2&take=2").statusCode()).isEqualTo(503);
        assertThat(get(token(), AfasSimulator.USERS + "?skip=2&take=2").statusCode()).isEqualTo(200);
    }

    @Test
    void theGeneratedOrganisationIsRepeatableAndRealistic() {
        AfasOrganisation first = AfasOrganisation.generate(7, TODAY, 500);
        AfasOrganisation second = AfasOrganisation.generate(7, TODAY, 500);

        assertThat(first.users()).isEqualTo(second.users());
        assertThat(first.positions()).isEqualTo(second.positions());
        assertThat(first.users()).hasSize(500);
        assertThat(first.positions().size()).isBetween(650, 850);
        assertThat(first.users()).anySatisfy(user -> assertThat(user.get("Voorvoegsel")).isNotNull());
        assertThat(first.organizationalUnits()).allSatisfy(unit -> assertThat(unit.get("ManagerExternalId"))
                .isNotNull());
        afas.load(first);
        assertThat(afas.rows(AfasSimulator.USERS)).hasSize(500);
    }

    private static void employee(String medewerker, String personNumber, String name, String start, String end,
                                 String type) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("Medewerker", medewerker);
        user.put("Persoonsnummer", personNumber);
        user.put("Gebruiker", "12345." + medewerker);
        user.put("Roepnaam", name);
        user.put("Geblokkeerd", false);
        afas.addRow(AfasSimulator.USERS, user);
        Map<String, Object> employment = new LinkedHashMap<>();
        employment.put("Medewerker", medewerker);
        employment.put("ExternalID", medewerker + "-1");
        employment.put("Begindatum_contract", start + "T00:00:00Z");
        employment.put("Einddatum_contract", end == null ? null : end + "T00:00:00Z");
        employment.put("Begindatum_functie", start + "T00:00:00Z");
        employment.put("Soort_medewerker_code", type);
        afas.addRow(AfasSimulator.EMPLOYMENTS, employment);
    }

    private static String token() {
        return AfasSimulator.authorization(AfasSimulator.DEFAULT_TOKEN);
    }

    private static JsonNode rows(String connectorAndQuery) throws Exception {
        HttpResponse<String> response = get(token(), connectorAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body()).get("rows");
    }

    private static List<String> medewerkers(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("Medewerker").asText()));
        return ids;
    }

    private static HttpResponse<String> get(String authorization, String connectorAndQuery)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(afas.baseUrl() + "/connectors/"
                + connectorAndQuery.replace(";", "%3B"))).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String connector, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(afas.baseUrl() + "/connectors/" + connector))
                .header("Authorization", token()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
