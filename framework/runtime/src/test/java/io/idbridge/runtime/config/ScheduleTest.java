package io.idbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void everyHalfHourInOfficeHoursSkipsTheNight() {
        Schedule schedule = Schedule.parse("0 */30 6-20 * * ?");

        assertThat(schedule.next(ZonedDateTime.of(2026, 11, 27, 10, 5, 0, 0, ZoneOffset.UTC)))
                .contains(ZonedDateTime.of(2026, 11, 27, 10, 30, 0, 0, ZoneOffset.UTC));
        assertThat(schedule.next(ZonedDateTime.of(2026, 11, 27, 20, 45, 0, 0, ZoneOffset.UTC)))
                .contains(ZonedDateTime.of(2026, 11, 28, 6, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void invalidExpressionIsExplained() {
        assertThat(Schedule.problem("every day")).get().asString().contains("is not a Quartz cron expression");
        assertThat(Schedule.problem("0 0 7 * * ?")).isEmpty();
        assertThatThrownBy(() -> Schedule.parse("0 61 * * * ?")).isInstanceOf(IllegalArgumentException.class);
    }
}
