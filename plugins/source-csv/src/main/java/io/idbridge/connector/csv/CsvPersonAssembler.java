package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourcePerson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns persons rows and contract rows into source persons. No row is ever dropped: a row without a person id
 * becomes a person without external id, and contract rows of a person id missing from the persons file become a
 * person of their own with that id and no person fields; the engine blocks both with the location in the reason.
 */
final class CsvPersonAssembler {
    private final CsvColumns columns;

    CsvPersonAssembler(CsvColumns columns) {
        this.columns = requireNonNull(columns, "columns is null");
    }

    /**
     * Persons from one file in which every row is a contract: rows are grouped by person id in order of first
     * appearance, person fields come from the person's first row, and every row is also a contract.
     */
    List<SourcePerson> fromCombinedRows(List<CsvRow> rows) {
        Map<Object, List<CsvRow>> groups = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String id = row.value(columns.personId());
            // a blank id never groups: each such row stays a person of its own, so each is blocked and reported
            Object key = id.isEmpty() ? new Object() : id;
            groups.computeIfAbsent(key, unused -> new ArrayList<>()).add(row);
        }
        List<SourcePerson> result = new ArrayList<>();
        for (List<CsvRow> group : groups.values()) {
            CsvRow first = group.get(0);
            String id = first.value(columns.personId());
            result.add(new SourcePerson(id.isEmpty() ? null : id, first.fields(), contracts(group), first.location()));
        }
        return result;
    }

    /**
     * Persons from a persons file and a contracts file, in persons-file order, followed by one person per person id
     * that only the contracts file knows (in order of first appearance), followed by one person without id per
     * contract row whose person id is blank. A person id that occurs twice in the persons file gives two persons
     * with the same contracts; the engine blocks duplicates. The contracts are grouped at once; each persons row
     * becomes a person as the stream reaches it, so the persons rows are never all held.
     */
    Stream<SourcePerson> fromSeparateFiles(Stream<CsvRow> personRows, List<CsvRow> contractRows, String personsFile) {
        Map<String, List<CsvRow>> contractsById = new LinkedHashMap<>();
        List<CsvRow> contractsWithoutPerson = new ArrayList<>();
        for (CsvRow row : contractRows) {
            String id = row.value(columns.contractPerson());
            if (id.isEmpty()) {
                contractsWithoutPerson.add(row);
            } else {
                contractsById.computeIfAbsent(id, key -> new ArrayList<>()).add(row);
            }
        }
        Set<String> known = new HashSet<>();
        Stream<SourcePerson> persons = personRows.map(row -> {
            String id = row.value(columns.personId());
            List<CsvRow> contracts = id.isEmpty() ? List.of() : contractsById.getOrDefault(id, List.of());
            known.add(id);
            return new SourcePerson(id.isEmpty() ? null : id, row.fields(), contracts(contracts), row.location());
        });
        // made once the persons rows are through, when it is known which ids they had
        Stream<SourcePerson> contractsOnly = Stream.<Supplier<List<SourcePerson>>>of(() -> {
            List<SourcePerson> rest = new ArrayList<>();
            contractsById.forEach((id, contracts) -> {
                if (!known.contains(id)) {
                    rest.add(new SourcePerson(id, Map.of(), contracts(contracts), contracts.get(0).location()
                            + ": " + columns.contractPerson() + " " + id + " is not in " + personsFile));
                }
            });
            for (CsvRow row : contractsWithoutPerson) {
                rest.add(new SourcePerson(null, Map.of(), List.of(contract(row)), row.location() + ": "
                        + columns.contractPerson() + " is blank"));
            }
            return rest;
        }).flatMap(rest -> rest.get().stream());
        return Stream.concat(persons, contractsOnly);
    }

    private static List<SourceContract> contracts(List<CsvRow> rows) {
        return rows.stream().map(CsvPersonAssembler::contract).toList();
    }

    private static SourceContract contract(CsvRow row) {
        return new SourceContract(row.fields());
    }
}
