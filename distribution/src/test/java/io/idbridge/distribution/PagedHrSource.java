package io.idbridge.distribution;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An HR API read in pages, as the tests set it: persons with the CSV connector's column names (so the same mapping
 * serves both), five pages per read, and a switch that makes one page fail with a 503 after the earlier pages were
 * delivered, like an API that dies on page 3 of 5.
 */
final class PagedHrSource implements SourceConnector {
    static final int PAGES = 5;

    private final Map<String, SourcePerson> persons = new LinkedHashMap<>();
    private int failingPage;

    /** Adds or replaces a person with one contract; {@code end} null for an open-ended contract. */
    PagedHrSource person(String id, String firstName, String lastName, String department, LocalDate start,
                         LocalDate end) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("employee_id", id);
        fields.put("first_name", firstName);
        fields.put("last_name", lastName);
        fields.put("email", (firstName + "." + lastName + "." + id).toLowerCase(java.util.Locale.ROOT)
                + "@example.org");
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("contract_id", "C" + id);
        contract.put("start_date", start.toString());
        contract.put("end_date", end == null ? "" : end.toString());
        contract.put("department_code", department);
        persons.put(id, new SourcePerson(id, fields, List.of(new SourceContract(contract)), "hr-api person " + id));
        return this;
    }

    /** {@code count} persons with ids {@link HrExport#id(int)}, in six departments, started before {@code today}. */
    PagedHrSource persons(int count, LocalDate today) {
        List<String> departments = List.of("ICT", "FIN", "BZ", "OR", "HRM", "KCC");
        for (int index = 0; index < count; index++) {
            person(HrExport.id(index), "Person" + index, "Family" + (index % 37 + 1),
                    departments.get(index % departments.size()), today.minusDays(20 + index), null);
        }
        return this;
    }

    /** The person's contract ends on {@code lastDay}. */
    PagedHrSource leave(String id, LocalDate lastDay) {
        SourcePerson person = persons.get(id);
        Map<String, Object> contract = new LinkedHashMap<>(person.contracts().get(0).fields());
        contract.put("end_date", lastDay.toString());
        persons.put(id, new SourcePerson(id, person.fields(), List.of(new SourceContract(contract)),
                person.recordLocation()));
        return this;
    }

    PagedHrSource rename(String id, String lastName) {
        SourcePerson person = persons.get(id);
        Map<String, Object> fields = new LinkedHashMap<>(person.fields());
        fields.put("last_name", lastName);
        persons.put(id, new SourcePerson(id, fields, person.contracts(), person.recordLocation()));
        return this;
    }

    void clear() {
        persons.clear();
    }

    /** From the next read on, page {@code page} (1-based) fails; 0 turns failing off. */
    void failOnPage(int page) {
        failingPage = page;
    }

    @Override
    public void test() {
        // nothing to reach: the records are in memory
    }

    @Override
    public Stream<SourcePerson> persons() {
        List<SourcePerson> records = new ArrayList<>(persons.values());
        int pageSize = Math.max(1, (records.size() + PAGES - 1) / PAGES);
        int failing = failingPage;
        return IntStream.range(0, records.size()).mapToObj(index -> {
            int page = index / pageSize + 1;
            if (page == failing) {
                throw new ConnectorException(StandardErrorCode.SERVICE_UNAVAILABLE, "page " + page + " of " + PAGES
                        + " answered 503 Service Unavailable");
            }
            return records.get(index);
        });
    }

    @Override
    public Stream<SourceDepartment> departments() {
        return Stream.empty();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
