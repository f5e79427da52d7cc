package io.idbridge.sandbox.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes sample data as {@code ;}-separated UTF-8 files with {@code \n} line ends, so equal data gives equal bytes. */
final class SampleCsvWriter {
    private static final List<String> DEPARTMENT_COLUMNS = List.of("code", "name", "parent_code", "manager_id");

    private SampleCsvWriter() {
    }

    static void write(Path directory, SampleData data) {
        StringBuilder persons = header(SamplePerson.COLUMNS);
        data.persons().forEach(person -> appendRow(persons, person.csvValues()));
        StringBuilder contracts = header(SampleContract.COLUMNS);
        data.contracts().forEach(contract -> appendRow(contracts, contract.csvValues()));
        StringBuilder departments = header(DEPARTMENT_COLUMNS);
        for (SampleDepartment department : SampleDepartments.ALL) {
            appendRow(departments, List.of(department.code(), department.name(), department.parentCode(),
                    data.managers().byDepartment().get(department.code())));
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(SampleOrganisation.PERSONS_FILE), persons, StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(SampleOrganisation.CONTRACTS_FILE), contracts, StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(SampleOrganisation.DEPARTMENTS_FILE), departments,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample organisation to " + directory, e);
        }
    }

    private static StringBuilder header(List<String> columns) {
        StringBuilder text = new StringBuilder();
        appendRow(text, columns);
        return text;
    }

    private static void appendRow(StringBuilder text, List<String> values) {
        for (int index = 0; index < values.size(); index++) {
            if (index > 0) {
                text.append(';');
            }
            text.append(quoted(values.get(index)));
        }
        text.append('\n');
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.contains(";") || value.contains("\"") || value.contains("\n")
                || value.contains("\r") || !value.equals(value.strip());
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
