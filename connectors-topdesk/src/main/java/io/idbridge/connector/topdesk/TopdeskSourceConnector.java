package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.source.RecordKind;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import io.idbridge.toolkit.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * TOPdesk persons as identities ({@code connector = topdesk-source}), for people an organisation keeps only in
 * TOPdesk, such as hired staff (systems.md §4.6; no reference connector exists). Persons come from the v2 person
 * collection, a page in memory at a time; anonymised persons ({@code employeeNumber '*****'}) are left out by the
 * query itself. A person's fields are TOPdesk's, nested ones joined with {@code _} ({@code branch_name},
 * {@code department_id}); {@code archived} is always set. TOPdesk has no contracts, so each person has one, carrying
 * the same fields: it starts on the person's {@code creationDate} and, for an archived person, ends on its
 * {@code modificationDate} (see {@link TopdeskDefaultMapping}). Departments are TOPdesk's, keyed by id.
 */
final class TopdeskSourceConnector implements SourceConnector {
    /** #42 of the reference connector: anonymised persons keep their record with every name replaced. */
    static final String NOT_ANONYMISED = "employeeNumber!='*****'";

    private final TopdeskSourceConfig config;
    private final TopdeskClient client;

    TopdeskSourceConnector(TopdeskSourceConfig config, TopdeskClient client) {
        this.config = requireNonNull(config, "config is null");
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public void test() {
        client.checkAccess();
    }

    @Override
    public Stream<SourcePerson> persons() {
        String query = config.query().isEmpty() ? NOT_ANONYMISED : NOT_ANONYMISED + ";(" + config.query() + ")";
        return client.collection(query, config.includeArchived() ? null : Boolean.FALSE, config.pageSize())
                .map(TopdeskSourceConnector::person);
    }

    @Override
    public Stream<SourceDepartment> departments() {
        return client.list("departments").stream()
                .filter(department -> Json.text(department, "id") != null)
                .map(department -> {
                    String name = Json.text(department, "name");
                    return new SourceDepartment(Json.text(department, "id"), name == null ? "" : name, null, null);
                });
    }

    @Override
    public Optional<String> origin(RecordKind kind) {
        return Optional.of(switch (kind) {
            case PERSONS, CONTRACTS -> "TOPdesk GET /tas/api/persons (v2 collection)";
            case DEPARTMENTS -> "TOPdesk GET /tas/api/departments";
        });
    }

    @Override
    public void close() {
        client.close();
    }

    private static SourcePerson person(ObjectNode item) {
        Map<String, Object> fields = TopdeskPersons.flatten(item, "_");
        fields.put("archived", TopdeskPersons.archived(item));
        String id = TopdeskPersons.id(item);
        String employeeNumber = TopdeskPersons.comparable(fields.get("employeeNumber"));
        return new SourcePerson(employeeNumber.isBlank() ? id : employeeNumber, fields,
                List.of(new SourceContract(fields)), "TOPdesk person " + id);
    }
}
