package io.idbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileReaderTest {
    @TempDir
    Path directory;

    @Test
    void heldRowsKeepOneCopyOfARepeatedValueAndEveryValueAsWritten() throws Exception {
        Path file = directory.resolve("contracts.csv");
        // 100,000 rows: an id column with no repeats, a department column with three values
        String rows = IntStream.range(0, 100_000).mapToObj(index -> "C" + index + ";D" + index % 3)
                .collect(Collectors.joining("\n", "id;department\n", "\n"));
        Files.writeString(file, rows, StandardCharsets.UTF_8);

        List<CsvRow> read = new CsvFileReader(null, StandardCharsets.UTF_8).read(file, List.of("id"));

        assertThat(read).hasSize(100_000);
        for (int index = 0; index < read.size(); index++) {
            assertThat(read.get(index).value("id")).isEqualTo("C" + index);
            assertThat(read.get(index).value("department")).isEqualTo("D" + index % 3);
        }
        assertThat(read.get(99_999).value("department")).isSameAs(read.get(0).value("department"));
        assertThat(read.stream().map(row -> row.value("department")).distinct().count()).isEqualTo(3);
    }
}
