package io.idbridge.engine.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A mapped person.
 *
 * @param externalId the aggregation key, unique in a snapshot
 * @param fields every mapped person field as a nested map (name, contact, manager, custom, ...); never null
 * @param contracts never null, may be empty
 * @param sources the names of the sources this person was read from, in configuration order
 */
public record Person(String externalId, Map<String, Object> fields, List<Contract> contracts, List<String> sources) {
    public Person {
        requireNonNull(externalId, "externalId is null");
        fields = Maps.deepCopy(requireNonNull(fields, "fields is null"));
        contracts = List.copyOf(requireNonNull(contracts, "contracts is null"));
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
    }

    /** The manager's external id, or null. */
    public String managerId() {
        Object manager = fields.get("manager");
        return manager == null || manager.toString().isBlank() ? null : manager.toString();
    }
}
