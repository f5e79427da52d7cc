package io.idbridge.scenario;

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
 * A source whose records the scenarios edit directly: persons with fields id, nick, family and contracts with fields
 * id, start, end, dept, all text as an HR export would give them (so a date can be unparseable).
 */
final class InMemorySource implements SourceConnector {
    private final Map<String, SourcePerson> persons = new LinkedHashMap<>();

    /** Adds or replaces the person with this id. */
    InMemorySource person(String id, String nick, String family, SourceContract... contracts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("nick", nick);
        fields.put("family", family);
        persons.put(id, new SourcePerson(id, fields, List.of(contracts), "memory " + id));
        return this;
    }

    /** Adds a record as the source delivered it, keyed by its location (it may lack an external id). */
    InMemorySource raw(SourcePerson person) {
        persons.put(person.recordLocation(), person);
        return this;
    }

    InMemorySource remove(String id) {
        persons.remove(id);
        return this;
    }

    /** A contract; {@code end} null for an open-ended one. */
    static SourceContract contract(String id, String start, String end, String department) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("start", start);
        fields.put("end", end == null ? "" : end);
        fields.put("dept", department);
        return new SourceContract(fields);
    }

    @Override
    public void test() {
        // nothing to reach: the records are in memory
    }

    @Override
    public Stream<SourcePerson> persons() {
        return new ArrayList<>(persons.values()).stream();
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
