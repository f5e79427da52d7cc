package io.idbridge.engine.snapshot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads the date formats HR exports use: ISO {@code 2026-12-01} (optionally with a time), {@code 01-12-2026}. */
final class DateParser {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));

    private DateParser() {
    }

    /** Empty for blank text; throws {@link DateTimeParseException} for text in no known format. */
    static Optional<LocalDate> parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        if (text.length() > 10 && text.charAt(10) == 'T') {
            text = text.substring(0, 10);
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException tryNext) {
                // the next format may fit; the last failure is reported below
            }
        }
        throw new DateTimeParseException("'" + text + "' is not a date (expected yyyy-MM-dd)", text, 0);
    }
}
