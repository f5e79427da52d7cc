package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The sample organisation of the demo: the municipality of Lindeveld, about 200 persons in 15 departments, exported
 * as {@code persons.csv}, {@code contracts.csv} and {@code departments.csv} in the CSV connector's default columns
 * ({@code ;}-separated UTF-8). It has managers as persons, Dutch names with prefixes and diacritics, nick names,
 * persons with two contracts, future starters (in 1–20 days), leavers (ending in the past five or next six days),
 * rehires, and two pairs of persons whose user names collide.
 *
 * <p>Deterministic: the same seed and day always give byte-identical files. Instances are immutable and thread-safe.
 */
public final class SampleOrganisation {
    /** The seed of the bundled demo. */
    public static final long DEFAULT_SEED = 20_250_301L;
    public static final String PERSONS_FILE = "persons.csv";
    public static final String CONTRACTS_FILE = "contracts.csv";
    public static final String DEPARTMENTS_FILE = "departments.csv";

    private final long seed;
    private final LocalDate today;
    private final SampleData data;

    /**
     * @param seed any number; the same seed gives the same persons
     * @param today the day the export is taken; every date is relative to it. Never null.
     */
    public SampleOrganisation(long seed, LocalDate today) {
        this.seed = seed;
        this.today = requireNonNull(today, "today is null");
        this.data = new SampleGenerator(seed, today).generate();
    }

    public LocalDate today() {
        return today;
    }

    public int personCount() {
        return data.persons().size();
    }

    /**
     * Writes today's export, creating {@code directory} if needed and replacing the three files.
     *
     * @throws java.io.UncheckedIOException when the files cannot be written
     */
    public void writeTo(Path directory) {
        SampleCsvWriter.write(requireNonNull(directory, "directory is null"), data);
    }

    /**
     * Writes the export of the day after {@link #today()} into {@code directory} (replacing the three files): today's
     * data with exactly one new hire (starting a week later), one leaver (ending on that next day), one transfer to
     * another department and one family name change. Calling it again writes the same bytes.
     *
     * @return the four changes, hire first, for people to read
     * @throws java.io.UncheckedIOException when the files cannot be written
     */
    public List<SampleChange> writeNextDayTo(Path directory) {
        SampleNextDay.Result nextDay = nextDay();
        SampleCsvWriter.write(requireNonNull(directory, "directory is null"), nextDay.data());
        return nextDay.changes();
    }

    SampleData data() {
        return data;
    }

    SampleNextDay.Result nextDay() {
        return new SampleNextDay(seed, today.plusDays(1)).apply(data);
    }
}
