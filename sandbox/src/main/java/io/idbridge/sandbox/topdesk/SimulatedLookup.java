package io.idbridge.sandbox.topdesk;

import static java.util.Objects.requireNonNull;

/**
 * One entry of a TOPdesk lookup list: a department, budget holder, archiving reason or country.
 *
 * @param id lower-case GUID; never null
 * @param name never null; the connector matches it exactly
 */
public record SimulatedLookup(String id, String name) {
    public SimulatedLookup {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
    }
}
