package io.idbridge.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SQLite's instant and date texts are read without a formatter; what they give must equal the formatter's reading. */
class SqliteDialectTest {
    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void instantsReadAsInstantParseReadsThem() {
        Random random = new Random(7);
        Instant latest = Instant.parse("9999-12-31T23:59:59.999999Z");
        for (int index = 0; index < 20_000; index++) {
            Instant instant = Instant.ofEpochSecond(Math.floorMod(random.nextLong(), latest.getEpochSecond()),
                    random.nextInt(1_000_000_000)).truncatedTo(ChronoUnit.MICROS);
            String text = WRITTEN.format(instant);
            assertThat(SqliteDialect.instant(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(instant);
        }
    }

    @Test
    void otherTextsGoToTheParser() {
        assertThat(SqliteDialect.instant("2025-03-01T08:00:00Z")).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
        assertThat(SqliteDialect.instant("2025-03-01T08:00:00.123456789Z"))
                .isEqualTo(Instant.parse("2025-03-01T08:00:00.123456789Z"));
        assertThatThrownBy(() -> SqliteDialect.instant("2025-13-01T08:00:00.000000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThat(SqliteDialect.instant("2025-03-01T24:00:00.000000Z"))
                .isEqualTo(Instant.parse("2025-03-01T24:00:00.000000Z"));
        assertThatThrownBy(() -> SqliteDialect.instant("2025-03-0xT08:00:00.000000Z"))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void datesReadAsLocalDateParseReadsThem() {
        for (LocalDate date = LocalDate.of(1899, 12, 25); date.isBefore(LocalDate.of(2101, 1, 5));
             date = date.plusDays(1)) {
            assertThat(readDate(date.toString())).isEqualTo(date);
        }
        assertThatThrownBy(() -> readDate("2025-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> readDate("2025-2-3")).isInstanceOf(DateTimeException.class);
    }

    private static LocalDate readDate(String text) {
        return SqliteDialect.date(text);
    }
}
