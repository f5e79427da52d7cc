package io.idbridge.connector.csv;

import static io.idbridge.connector.csv.CsvTestSupport.connector;
import static io.idbridge.connector.csv.CsvTestSupport.write;

import io.idbridge.sandbox.sample.SampleOrganisation;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.testkit.source.SourceConnectorContractTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the source contract over the demo's sample organisation. A CSV file has no pages; the paging hooks instead
 * check the end of the file: files of exactly {@value #ROWS} and {@value #ROWS} + 1 persons give every person once.
 */
class CsvSourceConnectorContractTest extends SourceConnectorContractTest {
    private static final int ROWS = 50;

    @TempDir
    static Path sample;
    @TempDir
    Path generated;

    @BeforeAll
    static void writeSample() {
        new SampleOrganisation(SampleOrganisation.DEFAULT_SEED, LocalDate.of(2025, 3, 3)).writeTo(sample);
    }

    @Override
    protected SourceConnector createConnector() {
        return connector("persons-file", sample.resolve(SampleOrganisation.PERSONS_FILE).toString(),
                "contracts-file", sample.resolve(SampleOrganisation.CONTRACTS_FILE).toString(),
                "departments-file", sample.resolve(SampleOrganisation.DEPARTMENTS_FILE).toString());
    }

    @Override
    protected OptionalInt pageSize() {
        return OptionalInt.of(ROWS);
    }

    /** Without a trailing line break, so the last row ends at the end of the file. */
    @Override
    protected SourceConnector createConnectorWithPersons(int personCount) {
        StringBuilder persons = new StringBuilder("employee_id,last_name");
        StringBuilder contracts = new StringBuilder("contract_id,employee_id");
        for (int index = 1; index <= personCount; index++) {
            persons.append('\n').append(index).append(",Person ").append(index);
            contracts.append('\n').append("C").append(index).append(',').append(index);
        }
        return connector("persons-file", write(generated, "persons.csv", persons.toString()).toString(),
                "contracts-file", write(generated, "contracts.csv", contracts.toString()).toString());
    }
}
