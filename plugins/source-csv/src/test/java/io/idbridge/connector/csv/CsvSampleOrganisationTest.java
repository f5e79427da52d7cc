package io.idbridge.connector.csv;

import static io.idbridge.connector.csv.CsvTestSupport.connector;
import static io.idbridge.connector.csv.CsvTestSupport.departments;
import static io.idbridge.connector.csv.CsvTestSupport.persons;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.sandbox.sample.SampleChange;
import io.idbridge.sandbox.sample.SampleOrganisation;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourcePerson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's sample organisation reads completely with the default configuration, on both days. */
class CsvSampleOrganisationTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @TempDir
    Path directory;

    @Test
    void everyPersonContractAndDepartmentIsRead() {
        new SampleOrganisation(SampleOrganisation.DEFAULT_SEED, TODAY).writeTo(directory);
        SourceConnector connector = sampleConnector();

        List<SourcePerson> persons = persons(connector);

        assertThat(persons).hasSize(200).allSatisfy(person -> {
            assertThat(person.externalId()).isNotBlank();
            assertThat(person.contracts()).isNotEmpty();
            assertThat(person.fields()).containsKeys("first_name", "last_name", "manager_id");
        });
        assertThat(persons.stream().mapToInt(person -> person.contracts().size()).sum()).isGreaterThan(200);
        assertThat(persons).extracting(person -> person.fields().get("first_name") + " "
                + person.fields().get("last_name")).contains("Ömer Çelik");
        assertThat(departments(connector)).hasSize(15).filteredOn(department -> department.parentExternalId() == null)
                .hasSize(1);
    }

    @Test
    void nextDayShowsTheHireAndTheLeaver() {
        SampleOrganisation organisation = new SampleOrganisation(SampleOrganisation.DEFAULT_SEED, TODAY);
        Map<SampleChange.Kind, String> changed = organisation.writeNextDayTo(directory).stream()
                .collect(Collectors.toMap(SampleChange::kind, SampleChange::personId));

        Map<String, SourcePerson> persons = persons(sampleConnector()).stream()
                .collect(Collectors.toMap(SourcePerson::externalId, person -> person));

        assertThat(persons).hasSize(201).containsKey(changed.get(SampleChange.Kind.HIRE));
        assertThat(persons.get(changed.get(SampleChange.Kind.LEAVER)).contracts()).singleElement()
                .satisfies(contract -> assertThat(contract.fields())
                        .containsEntry("end_date", TODAY.plusDays(1).toString()));
    }

    private SourceConnector sampleConnector() {
        return connector("persons-file", directory.resolve("persons.csv").toString(), "contracts-file",
                directory.resolve("contracts.csv").toString(), "departments-file",
                directory.resolve("departments.csv").toString());
    }
}
