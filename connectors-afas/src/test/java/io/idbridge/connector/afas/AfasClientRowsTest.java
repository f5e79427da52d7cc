package io.idbridge.connector.afas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.connector.afas.AfasClient.RowShape;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.error.ConnectorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** GetConnector rows read into {@link AfasRow}s behave as the maps of their fields, whatever shape each row has. */
class AfasClientRowsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void rowsWithTheSameOrOtherFieldsReadAsTheirOwnMapsInTheOrderSent() {
        page("{\"Medewerker\":\"1\",\"Naam\":\"Ada\",\"Uren\":36},"
                + "{\"Medewerker\":\"2\",\"Naam\":null,\"Uren\":32.5},"
                + "{\"Naam\":\"Cor\",\"Medewerker\":\"3\"},"
                + "{\"Medewerker\":\"4\",\"Naam\":\"Dirk\",\"Uren\":40,\"Actief\":true},"
                + "{}");
        List<Map<String, Object>> rows = read(new RowShape(name -> "x_" + name, ""));

        assertThat(rows).containsExactly(
                ordered("x_Medewerker", "1", "x_Naam", "Ada", "x_Uren", 36L),
                ordered("x_Medewerker", "2", "x_Naam", "", "x_Uren", 32.5),
                ordered("x_Naam", "Cor", "x_Medewerker", "3"),
                ordered("x_Medewerker", "4", "x_Naam", "Dirk", "x_Uren", 40L, "x_Actief", true),
                Map.of());
        assertThat(new ArrayList<>(rows.get(2).keySet())).containsExactly("x_Naam", "x_Medewerker");
        assertThat(rows.get(2).containsKey("x_Uren")).isFalse();
        assertThat(rows.get(2).get("x_Uren")).isNull();
    }

    @Test
    void aRowTakesChangedAndAddedFieldsWithoutTouchingTheRowsThatShareItsNames() {
        page("{\"Medewerker\":\"1\",\"Naam\":\"Ada\"},{\"Medewerker\":\"2\",\"Naam\":\"Bob\"}");
        List<Map<String, Object>> rows = read(RowShape.AS_SENT);
        Map<String, Object> first = rows.get(0);

        assertThat(first.put("Naam", "Ada L.")).isEqualTo("Ada");
        assertThat(first.put("ManagerOf", "\"T01\"")).isNull();
        assertThat(first.put("ManagerOf", "\"T02\"")).isEqualTo("\"T01\"");

        assertThat(first).isEqualTo(ordered("Medewerker", "1", "Naam", "Ada L.", "ManagerOf", "\"T02\""));
        assertThat(new ArrayList<>(first.keySet())).containsExactly("Medewerker", "Naam", "ManagerOf");
        Map<String, Object> forEach = new LinkedHashMap<>();
        first.forEach(forEach::put);
        assertThat(forEach).isEqualTo(first);
        assertThat(first).hasSize(3);
        assertThat(rows.get(1)).isEqualTo(ordered("Medewerker", "2", "Naam", "Bob"));
    }

    @Test
    void aRowNamingAFieldTwiceIsAMalformedPage() {
        page("{\"Medewerker\":\"1\",\"Naam\":\"Ada\",\"Naam\":\"Bob\"}");
        assertThatThrownBy(() -> read(RowShape.AS_SENT)).isInstanceOfSatisfying(ConnectorException.class,
                failure -> assertThat(failure.errorCode()).isEqualTo(AfasErrorCode.AFAS_MALFORMED_PAGE))
                .hasMessageContaining("names the field Naam twice");
    }

    private void page(String rows) {
        server.enqueue(new MockResponse(200, Headers.of("Content-Type", "application/json"),
                "{\"skip\":0,\"take\":100,\"rows\":[" + rows + "]}"));
    }

    private List<Map<String, Object>> read(RowShape shape) {
        AfasConnection connection = new AfasConnection(server.url("/profitrestservices"), new Secret("token"),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        try (AfasClient client = new AfasClient(connection);
             Stream<Map<String, Object>> rows = client.rows("T4E_HelloID_Users", "Medewerker", AfasFilter.NONE, 100,
                     shape)) {
            return rows.toList();
        }
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            map.put((String) namesAndValues[index], namesAndValues[index + 1]);
        }
        return map;
    }
}
