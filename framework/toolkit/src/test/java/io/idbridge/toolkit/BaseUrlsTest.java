package io.idbridge.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.spi.error.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class BaseUrlsTest {
    @Test
    void aTrailingSlashIsDroppedSoPathsAppendCleanly() {
        assertThat(BaseUrls.parse("base-url", " https://contoso.topdesk.net/ ").newBuilder()
                .addPathSegments("tas/api").build().toString()).isEqualTo("https://contoso.topdesk.net/tas/api");
    }

    @Test
    void aValueThatIsNoHttpUrlNamesTheKeyAndNotTheValue() {
        assertThatThrownBy(() -> BaseUrls.parse("base-url", "ftp://secret-host"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("base-url is not an http or https URL");
    }
}
