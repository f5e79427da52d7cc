package io.idbridge.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class JsonTest {
    record Group(String groupGuid, String name) {
    }

    @Test
    void requestBodyIsUtf8JsonWithoutCharsetParameter() throws Exception {
        okhttp3.RequestBody body = Json.requestBody(Map.of("name", "Ömer Çelik"));
        Buffer buffer = new Buffer();
        body.writeTo(buffer);

        assertThat(body.contentType()).hasToString("application/json");
        assertThat(buffer.readString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Ömer Çelik\"}");
    }

    @Test
    void unknownPropertiesAreIgnored() {
        Group group = Json.convert(Json.parse("{\"groupGuid\":\"g1\",\"name\":\"A\",\"extra\":1}", "GET /groups"),
                Group.class, "GET /groups");

        assertThat(group).isEqualTo(new Group("g1", "A"));
    }

    @Test
    void malformedBodyIsAMalformedResponse() {
        ConnectorException error = catchThrowableOfType(ConnectorException.class,
                () -> Json.parse("<html>", "GET /users"));

        assertThat(error.errorCode()).isEqualTo(StandardErrorCode.MALFORMED_RESPONSE);
        assertThat(error.getMessage()).isEqualTo("GET /users returned a body that is not JSON");
    }

    @Test
    void emptyBodyIsMissing() {
        assertThat(Json.parse("", "DELETE /users/1").isMissingNode()).isTrue();
    }

    @Test
    void textReadsScalarsOnly() {
        com.fasterxml.jackson.databind.JsonNode node = Json.parse("{\"a\":1,\"b\":{\"c\":2},\"d\":null}", "x");

        assertThat(Json.text(node, "a")).isEqualTo("1");
        assertThat(Json.text(node, "b")).isNull();
        assertThat(Json.text(node, "d")).isNull();
        assertThat(Json.text(node, "missing")).isNull();
    }
}
