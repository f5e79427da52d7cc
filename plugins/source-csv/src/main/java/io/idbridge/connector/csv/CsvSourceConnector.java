package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.source.RecordKind;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads persons, contracts and departments from the configured CSV files. Every read parses the files again, so
 * two reads of unchanged files give identical records in file order. Errors surface from the returned stream's
 * terminal operation as {@link ConnectorException}s with a {@link CsvErrorCode}.
 */
final class CsvSourceConnector implements SourceConnector {
    private final CsvConfig config;
    private final CsvFileReader reader;
    private final CsvPersonAssembler assembler;

    CsvSourceConnector(CsvConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.reader = new CsvFileReader(config.delimiter(), config.encoding());
        this.assembler = new CsvPersonAssembler(config.columns());
    }

    /** Reads every configured file completely, so a malformed row fails the test, not the first run. */
    @Override
    public void test() {
        try (Stream<SourcePerson> persons = persons()) {
            persons.forEach(person -> { });
        }
        readDepartments();
    }

    /** The contracts file is read when the stream is first used; the persons file row by row as it is consumed. */
    @Override
    public Stream<SourcePerson> persons() {
        return Stream.<Supplier<Stream<SourcePerson>>>of(this::readPersons).flatMap(Supplier::get);
    }

    /** Empty when no departments file is configured. */
    @Override
    public Stream<SourceDepartment> departments() {
        return Stream.<Supplier<List<SourceDepartment>>>of(this::readDepartments).flatMap(read -> read.get().stream());
    }

    /** The file each kind is read from; contracts come from the persons file when there is no contracts file. */
    @Override
    public Optional<String> origin(RecordKind kind) {
        Path file = switch (kind) {
            case PERSONS -> config.personsFile();
            case CONTRACTS -> config.contractsFile() == null ? config.personsFile() : config.contractsFile();
            case DEPARTMENTS -> config.departmentsFile();
        };
        return Optional.ofNullable(file).map(Path::toString);
    }

    /** Holds no open resources between reads. */
    @Override
    public void close() {
    }

    /**
     * Each item is let go of once handed on: a file of combined rows is grouped whole, and at 300,000 persons its rows
     * are most of the heap, while the engine keeps only what it makes of each person.
     */
    private static <T> Stream<T> releasedAsRead(List<T> items) {
        @SuppressWarnings("unchecked")
        T[] remaining = (T[]) items.toArray();
        Iterator<T> iterator = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < remaining.length;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T item = remaining[next];
                remaining[next++] = null;
                return item;
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(iterator, remaining.length,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private Stream<SourcePerson> readPersons() {
        CsvColumns columns = config.columns();
        if (config.contractsFile() == null) {
            return releasedAsRead(assembler.fromCombinedRows(reader.read(config.personsFile(),
                    List.of(columns.personId()))));
        }
        // the persons file is read and its header checked first, its rows parsed as the persons are used
        Stream<CsvRow> personRows = reader.stream(config.personsFile(), List.of(columns.personId()));
        List<CsvRow> contractRows = reader.read(config.contractsFile(), List.of(columns.contractPerson()));
        return assembler.fromSeparateFiles(personRows, contractRows, config.personsFile().toString());
    }

    private List<SourceDepartment> readDepartments() {
        Path file = config.departmentsFile();
        if (file == null) {
            return List.of();
        }
        CsvColumns columns = config.columns();
        List<CsvRow> rows = reader.read(file, List.of(columns.departmentCode(), columns.departmentName(),
                columns.departmentParent(), columns.departmentManager()));
        List<SourceDepartment> departments = new ArrayList<>();
        for (CsvRow row : rows) {
            String code = row.value(columns.departmentCode());
            if (code.isEmpty()) {
                throw new ConnectorException(CsvErrorCode.CSV_MISSING_DEPARTMENT_CODE, row.location() + ": "
                        + columns.departmentCode() + " is blank");
            }
            departments.add(new SourceDepartment(code, row.value(columns.departmentName()),
                    blankToNull(row.value(columns.departmentParent())),
                    blankToNull(row.value(columns.departmentManager()))));
        }
        return departments;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
