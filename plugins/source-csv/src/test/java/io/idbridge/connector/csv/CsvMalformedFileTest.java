package io.idbridge.connector.csv;

import static io.idbridge.connector.csv.CsvTestSupport.connector;
import static io.idbridge.connector.csv.CsvTestSupport.departments;
import static io.idbridge.connector.csv.CsvTestSupport.persons;
import static io.idbridge.connector.csv.CsvTestSupport.write;
import static io.idbridge.connector.csv.CsvTestSupport.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.source.SourceConnector;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMalformedFileTest {
    @TempDir
    Path directory;

    @Test
    void unterminatedQuoteNamesTheFileAndTheLineWhereTheRecordStarts() {
        Path file = write(directory, "persons.csv", "employee_id;first_name\n1001;Anna\n1002;\"Bert\n1003;Cor\n");

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_MALFORMED);
        assertThat(error.getMessage()).isEqualTo(file + " line 3: a quoted field opened on line 3 is not closed"
                + " before the end of the file");
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine() {
        Path file = write(directory, "persons.csv", "employee_id;first_name\n1001;\"An\nna\"x;\n");

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_MALFORMED);
        assertThat(error.getMessage()).startsWith(file + " line 3: 'x' after the closing quote of a field");
    }

    @Test
    void missingIdColumnIsReportedOnTheHeaderLine() {
        Path file = write(directory, "persons.csv", "id;first_name\n1001;Anna\n");

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_INVALID_HEADER);
        assertThat(error.getMessage()).isEqualTo(file + " line 1: column 'employee_id' is missing; the header has"
                + " [id, first_name]");
    }

    @Test
    void missingDepartmentColumnIsReported() {
        Path persons = write(directory, "persons.csv", "employee_id\n1001\n");
        Path departments = write(directory, "departments.csv", "code;name;parent\nORG;Gemeente;\n");

        SourceConnector connector = connector("persons-file", persons.toString(), "departments-file",
                departments.toString());
        ConnectorException error = catchThrowableOfType(ConnectorException.class, () -> departments(connector));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_INVALID_HEADER);
        assertThat(error.getMessage()).contains(departments + " line 1: column 'parent_code' is missing");
    }

    @Test
    void duplicateHeaderColumnIsReported() {
        Path file = write(directory, "persons.csv", "employee_id;name;name\n1001;Anna;Bea\n");

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_INVALID_HEADER);
        assertThat(error.getMessage()).startsWith(file + " line 1: ");
    }

    @Test
    void rowWithTooFewFieldsNamesItsLine() {
        Path file = write(directory, "persons.csv", "employee_id;first_name;last_name\n1001;Anna;Smit\n\n1002;Bert\n");

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_FIELD_COUNT_MISMATCH);
        assertThat(error.getMessage()).isEqualTo(file + " line 4: 2 fields, but the header has 3");
    }

    @Test
    void missingFileIsNotFound() {
        Path file = directory.resolve("absent.csv");

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_FILE_NOT_FOUND);
        assertThat(error.errorType()).isEqualTo(ErrorType.NOT_FOUND);
        assertThat(error.getMessage()).startsWith(file + " does not exist");
    }

    @Test
    void missingContractsFileFailsTheWholeRead() {
        Path persons = write(directory, "persons.csv", "employee_id\n1001\n");

        ConnectorException error = readFailure(connector("persons-file", persons.toString(), "contracts-file",
                directory.resolve("contracts.csv").toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_FILE_NOT_FOUND);
    }

    @Test
    void emptyFileHasNoHeader() {
        Path file = write(directory, "persons.csv", "");

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_EMPTY_FILE);
        assertThat(error.getMessage()).isEqualTo(file + " is empty: it has no header line");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] content = {'e', 'm', 'p', 'l', 'o', 'y', 'e', 'e', '_', 'i', 'd', '\n', '1', '\n', 'Z', 'o', (byte) 0xEB,
            '\n'};
        Path file = writeBytes(directory, "persons.csv", content);

        ConnectorException error = readFailure(connector("persons-file", file.toString()));

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_INVALID_ENCODING);
        assertThat(error.getMessage()).startsWith(file + " line 3: bytes that are not valid UTF-8");
    }

    @Test
    void departmentWithoutCodeIsAnError() {
        Path persons = write(directory, "persons.csv", "employee_id\n1001\n");
        Path departments = write(directory, "departments.csv", "code;name;parent_code;manager_id\n;Nameless;;\n");

        SourceConnector connector = connector("persons-file", persons.toString(), "departments-file",
                departments.toString());
        ConnectorException error = catchThrowableOfType(ConnectorException.class, connector::test);

        assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_MISSING_DEPARTMENT_CODE);
        assertThat(error.getMessage()).isEqualTo(departments + " line 2: code is blank");
    }

    @Test
    void creatingTheConnectorReadsNothingButTheStreamFails() {
        SourceConnector connector = connector("persons-file", directory.resolve("later.csv").toString());

        try (Stream<?> persons = connector.persons()) {
            ConnectorException error = catchThrowableOfType(ConnectorException.class, persons::toList);
            assertThat(error.errorCode()).isEqualTo(CsvErrorCode.CSV_FILE_NOT_FOUND);
        }
    }

    private static ConnectorException readFailure(SourceConnector connector) {
        return catchThrowableOfType(ConnectorException.class, () -> persons(connector));
    }
}
