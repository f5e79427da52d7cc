package io.idbridge.engine.snapshot;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.EngineHarness;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.PrimaryContractOrder;
import io.idbridge.engine.config.SourceSettings;
import io.idbridge.engine.config.SourceThresholds;
import io.idbridge.engine.fake.InMemorySource;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Maps;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.StoredPerson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unchanged source record is not mapped again: its stored person is reused. Everything a mapping depends on
 * besides the record (the mapping, the departments, the day when the mapping reads it) must still show.
 */
class ImporterReuseTest {
    @TempDir
    Path directory;

    @Test
    void anUnchangedRecordKeepsItsPersonAndAChangedOneIsMappedAgain() {
        try (EngineHarness harness = new EngineHarness(directory)) {
            InMemorySource hr = new InMemorySource()
                    .person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", null, "HR"))
                    .person("1002", "Anna", "Smit", contract("C2", "2026-01-01", null, "HR"));
            EngineConfig config = config(harness, "source.nick");

            StoredPerson piet = run(harness, config, hr).get(0);
            assertThat(piet.sourceHash()).isNotNull();
            hr.remove("1002").person("1002", "Anneke", "Smit", contract("C2", "2026-01-01", null, "HR"));
            List<StoredPerson> second = run(harness, config, hr);

            assertThat(second.get(0)).isEqualTo(piet);
            assertThat(nick(second.get(1))).isEqualTo("Anneke");
        }
    }

    @Test
    void aChangedMappingDepartmentOrDayMapsUnchangedRecordsAgain() {
        try (EngineHarness harness = new EngineHarness(directory)) {
            InMemorySource hr = new InMemorySource().department("HR", "Personnel", null)
                    .person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", null, "HR"));
            assertThat(nick(run(harness, config(harness, "source.nick"), hr).get(0))).isEqualTo("Piet");

            assertThat(nick(run(harness, config(harness, "source.nick + '!'"), hr).get(0))).isEqualTo("Piet!");

            hr.clearDepartments();
            hr.department("HR", "People & Culture", null);
            assertThat(departmentName(run(harness, config(harness, "source.nick + '!'"), hr).get(0)))
                    .isEqualTo("People & Culture");

            EngineConfig byDay = config(harness, "source.nick + ' ' + today");
            assertThat(nick(run(harness, byDay, hr).get(0))).isEqualTo("Piet 2026-12-01");
            harness.clock.plusDays(1);
            assertThat(nick(run(harness, byDay, hr).get(0))).isEqualTo("Piet 2026-12-02");
        }
    }

    @Test
    void aReusedPersonThatASecondSourceNowAlsoGivesIsMergedWithItsStoredData() {
        try (EngineHarness harness = new EngineHarness(directory)) {
            InMemorySource hr = new InMemorySource()
                    .person("1001", "Piet", "Jansen", contract("C1", "2026-01-01", null, "HR"))
                    .person("1002", "Anna", "Smit", contract("C2", "2026-01-01", null, "HR"));
            InMemorySource school = new InMemorySource();
            EngineConfig config = new EngineConfig(List.of(source(harness, "hr", "source.nick"),
                    source(harness, "school", "source.nick")), PrimaryContractOrder.DEFAULT, List.of(), List.of(),
                    EngineConfig.DEFAULT_AGGREGATE_ON, "test");
            Importer importer = new Importer(config, Map.of("hr", hr, "school", school), harness.store, harness.clock);
            assertThat(importer.run(ProgressListener.NONE).accepted()).isTrue();

            school.person("1001", "P.", "Jansen", contract("S1", "2026-02-01", null, "EDU"));
            ImportResult second = importer.run(ProgressListener.NONE);

            assertThat(second.diff().changed()).containsOnlyKeys("1001");
            List<StoredPerson> persons = harness.store.persons(second.snapshotId());
            Person piet = PersonCodec.decode(persons.get(0));
            assertThat(piet.contracts()).extracting(Contract::externalId).containsExactly("C1", "S1");
            assertThat(piet.sources()).containsExactly("hr", "school");
            assertThat(nick(persons.get(0))).isEqualTo("Piet");
            assertThat(nick(persons.get(1))).isEqualTo("Anna");
        }
    }

    private static List<StoredPerson> run(EngineHarness harness, EngineConfig config, InMemorySource hr) {
        ImportResult result = new Importer(config, Map.of("hr", hr), harness.store, harness.clock)
                .run(ProgressListener.NONE);
        assertThat(result.accepted()).as(result.reason()).isTrue();
        return harness.store.persons(result.snapshotId());
    }

    private static String nick(StoredPerson stored) {
        return (String) Maps.path(PersonCodec.decode(stored).fields(), "name.nick");
    }

    private static String departmentName(StoredPerson stored) {
        Person person = PersonCodec.decode(stored);
        return (String) Maps.path(person.contracts().get(0).fields(), "department.name");
    }

    private static EngineConfig config(EngineHarness harness, String nick) {
        return new EngineConfig(List.of(source(harness, "hr", nick)), PrimaryContractOrder.DEFAULT, List.of(),
                List.of(), EngineConfig.DEFAULT_AGGREGATE_ON, "test");
    }

    private static SourceSettings source(EngineHarness harness, String name, String nick) {
        return new SourceSettings(name,
                Map.of("externalId", harness.e("source.id"), "name.nick", harness.e(nick)),
                Map.of("externalId", harness.e("sourceContract.id"), "startDate", harness.e("sourceContract.start"),
                        "endDate", harness.e("sourceContract.end"), "department.code", harness.e("sourceContract.dept")),
                SourceThresholds.NONE);
    }
}
