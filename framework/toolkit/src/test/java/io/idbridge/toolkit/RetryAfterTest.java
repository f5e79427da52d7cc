package io.idbridge.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreParsed() {
        assertThat(RetryAfter.parse(" 120 ", clock)).contains(Duration.ofMinutes(2));
    }

    @Test
    void httpDateIsTurnedIntoAWait() {
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:01:30 GMT", clock)).contains(Duration.ofSeconds(90));
    }

    @Test
    void dateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void absentOrMalformedHeaderIsEmpty() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", clock)).isEmpty();
    }
}
