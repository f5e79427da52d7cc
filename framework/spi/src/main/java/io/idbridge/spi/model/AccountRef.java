package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * How a target addresses one account, returned by create or correlate and stored by the engine (HelloID's "aRef").
 *
 * @param id the primary identifier (HelloID userGUID, TOPdesk person id, AFAS Medewerker); never blank
 * @param details further identifying parts some systems need (AFAS {@code Persoonsnummer}); never null, often empty
 */
public record AccountRef(String id, Map<String, String> details) {
    public AccountRef {
        requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("account reference id is blank");
        }
        details = Map.copyOf(requireNonNull(details, "details is null"));
    }

    public static AccountRef of(String id) {
        return new AccountRef(id, Map.of());
    }
}
