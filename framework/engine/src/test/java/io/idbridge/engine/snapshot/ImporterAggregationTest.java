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
import io.idbridge.engine.model.Person;
import io.idbridge.engine.progress.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterAggregationTest {
    @TempDir
    Path directory;

    @Test
    void recordsOfTwoSourcesWithTheSameKeyBecomeOnePersonWithBothContracts() {
        try (EngineHarness harness = new EngineHarness(directory)) {
            InMemorySource hr = new InMemorySource().person("1001", "Piet", "Jansen",
                    contract("C1", "2026-01-01", null, "HR"));
            InMemorySource school = new InMemorySource().person("T-77", "P.", "jansen",
                    contract("S1", "2026-02-01", null, "EDU"));
            SourceSettings first = source(harness, "hr", "source.family.lowerAscii()");
            SourceSettings second = source(harness, "school", "source.family.lowerAscii()");
            EngineConfig config = new EngineConfig(List.of(first, second), PrimaryContractOrder.DEFAULT, List.of(),
                    List.of(), "name.key", "test");

            ImportResult result = new Importer(config, Map.of("hr", hr, "school", school), harness.store, harness.clock)
                    .run(ProgressListener.NONE);

            assertThat(result.accepted()).isTrue();
            assertThat(result.personCount()).isEqualTo(1);
            Person person = PersonCodec.decode(harness.store.persons(result.snapshotId()).get(0));
            assertThat(person.externalId()).isEqualTo("1001");
            assertThat(person.fields()).containsEntry("name", Map.of("nick", "Piet", "key", "jansen"));
            assertThat(person.contracts()).extracting(Contract::externalId).containsExactly("C1", "S1");
            assertThat(person.sources()).containsExactly("hr", "school");
        }
    }

    private static SourceSettings source(EngineHarness harness, String name, String key) {
        return new SourceSettings(name,
                Map.of("externalId", harness.e("source.id"), "name.nick", harness.e("source.nick"),
                        "name.key", harness.e(key)),
                Map.of("externalId", harness.e("sourceContract.id"), "startDate", harness.e("sourceContract.start"),
                        "endDate", harness.e("sourceContract.end"), "department.code", harness.e("sourceContract.dept")),
                SourceThresholds.NONE);
    }
}
