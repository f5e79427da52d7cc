package io.idbridge.engine.fake;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A source whose records tests edit directly: persons with fields id, nick, family and contracts with fields id,
 * start, end, dept. Can be told to fail after a number of records, like a source that dies on page 3 of 5.
 */
public final class InMemorySource implements SourceConnector {
    private final Map<String, SourcePerson> persons = new LinkedHashMap<>();
    private final List<SourceDepartment> departments = new ArrayList<>();
    private int failAfter = -1;

    public InMemorySource person(String id, String nick, String family, SourceContract... contracts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("nick", nick);
        fields.put("family", family);
        persons.put(id, new SourcePerson(id, fields, List.of(contracts), "memory " + id));
        return this;
    }

    public InMemorySource raw(SourcePerson person) {
        persons.put(person.recordLocation(), person);
        return this;
    }

    public InMemorySource remove(String id) {
        persons.remove(id);
        return this;
    }

    public InMemorySource department(String code, String name, String parent) {
        departments.add(new SourceDepartment(code, name, parent, null));
        return this;
    }

    public static SourceContract contract(String id, String start, String end, String department) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("start", start);
        fields.put("end", end == null ? "" : end);
        fields.put("dept", department);
        return new SourceContract(fields);
    }

    public void failAfter(int records) {
        failAfter = records;
    }

    public void clear() {
        persons.clear();
    }

    public void clearDepartments() {
        departments.clear();
    }

    @Override
    public void test() {
    }

    @Override
    public Stream<SourcePerson> persons() {
        List<SourcePerson> records = new ArrayList<>(persons.values());
        if (failAfter < 0) {
            return records.stream();
        }
        int limit = failAfter;
        return java.util.stream.IntStream.range(0, records.size()).mapToObj(index -> {
            if (index >= limit) {
                throw new ConnectorException(StandardErrorCode.SERVICE_UNAVAILABLE, "page 3 answered 503");
            }
            return records.get(index);
        });
    }

    @Override
    public Stream<SourceDepartment> departments() {
        return departments.stream();
    }

    @Override
    public void close() {
    }
}
