package io.idbridge.testkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract every source connector passes (style.md §6): {@code test()} succeeds, two full reads give identical
 * persons in the same order, every person has a non-blank external id, departments can be read, and a paged source
 * reads every person exactly once at the page boundaries. A connector module extends this class and supplies the
 * hooks. Connectors are closed after each use.
 */
public abstract class SourceConnectorContractTest {
    /** A connector over the module's standard fixture data (at least one person). */
    protected abstract SourceConnector createConnector();

    /**
     * How many persons one page of the source holds, when the connector reads in pages; empty for an unpaged source
     * (the paging tests are then skipped).
     */
    protected abstract OptionalInt pageSize();

    /**
     * A connector over a source holding exactly {@code personCount} persons, each with a distinct external id, read
     * with {@link #pageSize()} persons per page. Only called when {@link #pageSize()} is present.
     */
    protected abstract SourceConnector createConnectorWithPersons(int personCount);

    /** Whether the standard fixture has departments; when true, reading them must give at least one. */
    protected boolean fixtureHasDepartments() {
        return true;
    }

    @Test
    public void connectionTestSucceeds() {
        try (SourceConnector connector = createConnector()) {
            connector.test();
        }
    }

    @Test
    public void twoFullReadsGiveIdenticalPersons() {
        try (SourceConnector connector = createConnector()) {
            List<SourcePerson> first = readPersons(connector);
            List<SourcePerson> second = readPersons(connector);

            assertThat(first).as("persons of the fixture").isNotEmpty();
            assertThat(second).as("second read").containsExactlyElementsOf(first);
        }
    }

    @Test
    public void everyPersonHasADistinctNonBlankExternalId() {
        try (SourceConnector connector = createConnector()) {
            List<SourcePerson> persons = readPersons(connector);

            assertThat(persons).allSatisfy(person -> assertThat(person.externalId())
                    .as("external id of %s", person.recordLocation()).isNotBlank());
            assertThat(persons.stream().map(SourcePerson::externalId).distinct().count())
                    .as("distinct external ids").isEqualTo(persons.size());
        }
    }

    @Test
    public void departmentsAreReadTheSameTwice() {
        try (SourceConnector connector = createConnector()) {
            List<SourceDepartment> first = readDepartments(connector);
            List<SourceDepartment> second = readDepartments(connector);

            if (fixtureHasDepartments()) {
                assertThat(first).as("departments of the fixture").isNotEmpty();
            }
            assertThat(first).allSatisfy(department -> assertThat(department.externalId()).isNotBlank());
            assertThat(second).containsExactlyElementsOf(first);
        }
    }

    @Test
    public void exactlyOneFullPageIsReadOnce() {
        assertEveryPersonReadOnce(requiredPageSize());
    }

    @Test
    public void onePagePlusOneIsReadOnce() {
        assertEveryPersonReadOnce(requiredPageSize() + 1);
    }

    private int requiredPageSize() {
        OptionalInt pageSize = pageSize();
        assumeTrue(pageSize.isPresent(), "source is not paged");
        assertThat(pageSize.getAsInt()).as("page size").isPositive();
        return pageSize.getAsInt();
    }

    private void assertEveryPersonReadOnce(int personCount) {
        try (SourceConnector connector = createConnectorWithPersons(personCount)) {
            List<SourcePerson> persons = readPersons(connector);

            assertThat(persons).as("persons read from a source of %d", personCount).hasSize(personCount);
            Set<String> ids = persons.stream().map(SourcePerson::externalId).collect(Collectors.toSet());
            assertThat(ids).as("distinct external ids").hasSize(personCount);
        }
    }

    private static List<SourcePerson> readPersons(SourceConnector connector) {
        try (Stream<SourcePerson> persons = connector.persons()) {
            return persons.toList();
        }
    }

    private static List<SourceDepartment> readDepartments(SourceConnector connector) {
        try (Stream<SourceDepartment> departments = connector.departments()) {
            return departments.toList();
        }
    }
}
