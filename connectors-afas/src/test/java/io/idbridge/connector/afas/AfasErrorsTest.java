package io.idbridge.connector.afas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.OperationOptions;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** AFAS's answers as systems.md §3.1 gives them, replayed exactly, become clear connector errors. */
class AfasErrorsTest {
    private static final String USER_PAGE = "{\"skip\":0,\"take\":100,\"rows\":[{\"Medewerker\":\"1000\","
            + "\"Gebruiker\":\"12345.1000\",\"UPN\":\"old@lindeveld.nl\",\"Geblokkeerd\":false}]}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void aRefusedWriteCarriesAfasMessageAndLogReferenceAndIsNotRetried() {
        server.enqueue(json(200, USER_PAGE));
        server.enqueue(json(500, "{\"errorNumber\":-2146232832,\"externalMessage\":\"Gebruiker: De waarde van veld "
                + "'UPN' is niet gewijzigd.\",\"profitLogReference\":\"3F2B0C1D9E8A4B7C\"}"));
        try (AfasUsersTargetConnector users = AfasTestSupport.users(server.url("/profitrestservices").toString(),
                Map.of())) {
            assertThatThrownBy(() -> users.update(AccountRef.of("12345.1000"),
                    new AccountData(Map.of("Upn", "new@lindeveld.nl")), OperationOptions.NONE))
                    .isInstanceOfSatisfying(ConnectorException.class, failure -> {
                        assertThat(failure.errorCode()).isEqualTo(AfasErrorCode.AFAS_REQUEST_REJECTED);
                        assertThat(failure.retryable()).isFalse();
                    })
                    .hasMessageContaining("De waarde van veld 'UPN' is niet gewijzigd.")
                    .hasMessageContaining("profitLogReference 3F2B0C1D9E8A4B7C");
        }
    }

    @Test
    void aServerErrorWithoutAfasBodyStaysTransient() {
        server.enqueue(new MockResponse(503, Headers.of(), "<html>Onderhoud</html>"));
        try (AfasSourceConnector source = AfasTestSupport.source(server.url("/profitrestservices").toString(),
                Map.of())) {
            assertThatThrownBy(source::test).isInstanceOfSatisfying(ConnectorException.class,
                    failure -> assertThat(failure.retryable()).isTrue());
        }
    }

    @Test
    void aRefusedTokenIsAnAuthenticationFailure() {
        server.enqueue(json(401, ""));
        try (AfasSourceConnector source = AfasTestSupport.source(server.url("/profitrestservices").toString(),
                Map.of())) {
            assertThatThrownBy(source::test).isInstanceOfSatisfying(ConnectorException.class,
                    failure -> assertThat(failure.errorType()).isEqualTo(ErrorType.AUTHENTICATION));
        }
    }

    @Test
    void aPageThatIsNotAfasShapeSaysSo() {
        server.enqueue(json(200, "[{\"Medewerker\":\"1000\"}]"));
        try (AfasSourceConnector source = AfasTestSupport.source(server.url("/profitrestservices").toString(),
                Map.of())) {
            assertThatThrownBy(() -> source.persons().toList()).isInstanceOfSatisfying(ConnectorException.class,
                    failure -> assertThat(failure.errorCode()).isEqualTo(AfasErrorCode.AFAS_MALFORMED_PAGE));
        }
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse(status, Headers.of("Content-Type", "application/json"), body);
    }
}
