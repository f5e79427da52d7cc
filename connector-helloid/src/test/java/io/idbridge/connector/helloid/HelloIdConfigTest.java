package io.idbridge.connector.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.spi.config.ConfigKey;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelloIdConfigTest {
    private static final Map<String, Object> REQUIRED = Map.of(
            HelloIdConfig.BASE_URL, "https://acme.helloid.com/api/v1/",
            HelloIdConfig.API_KEY, "key",
            HelloIdConfig.API_SECRET, new Secret("very-secret"));

    @Test
    void defaultsAreRecorded() {
        HelloIdConfig config = HelloIdConfig.from(new ConnectorConfig(HelloIdConfig.SPEC, REQUIRED));

        assertThat(config).isEqualTo(new HelloIdConfig("https://acme.helloid.com/api/v1", "key",
                new Secret("very-secret"), false, false, Duration.ofSeconds(10), Duration.ofSeconds(60), 20.0, 1000));
    }

    @Test
    void everyKeyIsBound() {
        Map<String, Object> values = new HashMap<>(REQUIRED);
        values.put(HelloIdConfig.SET_MANAGER, true);
        values.put(HelloIdConfig.UPDATE_USER_NAME, true);
        values.put(HelloIdConfig.CONNECT_TIMEOUT, Duration.ofSeconds(3));
        values.put(HelloIdConfig.READ_TIMEOUT, Duration.ofSeconds(30));
        values.put(HelloIdConfig.REQUESTS_PER_SECOND, 5.0);
        values.put(HelloIdConfig.PAGE_SIZE, 250);

        HelloIdConfig config = HelloIdConfig.from(new ConnectorConfig(HelloIdConfig.SPEC, values));

        assertThat(config).isEqualTo(new HelloIdConfig("https://acme.helloid.com/api/v1", "key",
                new Secret("very-secret"), true, true, Duration.ofSeconds(3), Duration.ofSeconds(30), 5.0, 250));
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(
                HelloIdConfig.SPEC.keys().stream().map(ConfigKey::name).toList());
    }

    @Test
    void everyKeyIsDocumentedAndOnlyTheSecretIsSecret() {
        assertThat(HelloIdConfig.SPEC.keys()).allSatisfy(key -> assertThat(key.description()).hasSizeGreaterThan(20));
        assertThat(HelloIdConfig.SPEC.keys()).filteredOn(ConfigKey::secret).extracting(ConfigKey::name)
                .containsExactly(HelloIdConfig.API_SECRET);
        assertThat(HelloIdConfig.SPEC.key(HelloIdConfig.BASE_URL).orElseThrow().type()).isEqualTo(ConfigType.URL);
        assertThat(HelloIdConfig.SPEC.keys()).filteredOn(ConfigKey::required).extracting(ConfigKey::name)
                .containsExactly(HelloIdConfig.BASE_URL, HelloIdConfig.API_KEY, HelloIdConfig.API_SECRET);
    }

    @Test
    void secretIsMasked() {
        HelloIdConfig config = HelloIdConfig.from(new ConnectorConfig(HelloIdConfig.SPEC, REQUIRED));

        assertThat(config.toString()).doesNotContain("very-secret").contains(Secret.MASK);
        assertThat(new ConnectorConfig(HelloIdConfig.SPEC, REQUIRED).toString()).doesNotContain("very-secret");
    }

    @Test
    void negativeRateAndZeroPageSizeAreRejected() {
        assertThat(HelloIdConfig.SPEC.key(HelloIdConfig.REQUESTS_PER_SECOND).orElseThrow().extraValidator()
                .orElseThrow().check(-1.0)).isPresent();
        assertThat(HelloIdConfig.SPEC.key(HelloIdConfig.PAGE_SIZE).orElseThrow().extraValidator()
                .orElseThrow().check(0)).isPresent();
        assertThat(HelloIdConfig.SPEC.key(HelloIdConfig.READ_TIMEOUT).orElseThrow().extraValidator()
                .orElseThrow().check(Duration.ZERO)).isPresent();
    }
}
