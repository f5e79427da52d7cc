package io.idbridge.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretFieldsTest {
    @Test
    void passwordsSecretsAndTokensAreMaskedAtAnyDepth() {
        Map<String, Object> masked = SecretFields.mask(Map.of("userName", "piet", "password", "Welkom01!",
                "data", Map.of("apiToken", "abc", "firstName", "Piet")));

        assertThat(masked).containsEntry("userName", "piet").containsEntry("password", "******");
        assertThat(masked.get("data")).isEqualTo(Map.of("apiToken", "******", "firstName", "Piet"));
        assertThat(masked.toString()).doesNotContain("Welkom01!", "abc");
    }
}
