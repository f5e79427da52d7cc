package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.toolkit.Json;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Branches, departments, budget holders and archiving reasons by name (systems.md §4.5): TOPdesk takes them by id,
 * and its list endpoints return the whole list, matched here on {@code name}. Each list is read once and kept; a name
 * not found reads the list again (at most once a minute), so an entry an administrator just added is found without
 * every miss costing a request. Names match exactly, or else ignoring case, as the reference's PowerShell {@code -eq}
 * does. Thread-safe: parallel actions share one instance, so two that need the same new department create it once.
 */
final class TopdeskLookups {
    private static final long RELOAD_AFTER_NANOS = 60_000_000_000L;

    /** A lookup list, the person field that refers to it, and how a message names it. */
    enum Kind {
        BRANCH("branch", "branches", "branch"),
        DEPARTMENT("department", "departments", "department"),
        BUDGET_HOLDER("budgetHolder", "budgetholders", "budget holder"),
        ARCHIVING_REASON(null, "archiving-reasons", "archiving reason");

        final String field;
        final String resource;
        final String label;

        Kind(String field, String resource, String label) {
            this.field = field;
            this.resource = resource;
            this.label = label;
        }

        /** The kind a person field such as {@code department} refers to. */
        static Optional<Kind> byField(String field) {
            return Arrays.stream(values()).filter(kind -> field.equals(kind.field)).findFirst();
        }
    }

    private final TopdeskClient client;
    private final Map<Kind, Map<String, String>> idsByName = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> loadedAt = new EnumMap<>(Kind.class);

    TopdeskLookups(TopdeskClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    /** The id of the entry with this name, if TOPdesk has it (and shows it to the API operator). */
    synchronized Optional<String> find(Kind kind, String name) {
        requireNonNull(name, "name is null");
        boolean fresh = !idsByName.containsKey(kind);
        Optional<String> id = match(ids(kind), name);
        if (id.isEmpty() && !fresh && System.nanoTime() - loadedAt.get(kind) > RELOAD_AFTER_NANOS) {
            idsByName.remove(kind);
            id = match(ids(kind), name);
        }
        return id;
    }

    /** The id of the entry with this name, or an error naming it. */
    String require(Kind kind, String name) {
        return find(kind, name).orElseThrow(() -> new ConnectorException(TopdeskErrorCode.TOPDESK_LOOKUP_NOT_FOUND,
                "the " + kind.label + " '" + name + "' does not exist in TOPdesk (GET /tas/api/" + kind.resource
                        + " does not list it; the API operator's filters may hide it)"));
    }

    /** The id of the entry with this name, created with {@code POST {"name": ...}} when TOPdesk has none. */
    synchronized String findOrCreate(Kind kind, String name) {
        Optional<String> existing = find(kind, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode created = client.create(kind.resource, Json.object().put("name", name));
        String id = Json.text(created, "id");
        if (id == null || id.isBlank()) {
            throw new ConnectorException(StandardErrorCode.MALFORMED_RESPONSE,
                    "POST /" + kind.resource + " returned no id");
        }
        idsByName.get(kind).put(name, id);
        return id;
    }

    private Map<String, String> ids(Kind kind) {
        Map<String, String> ids = idsByName.get(kind);
        if (ids == null) {
            ids = new LinkedHashMap<>();
            for (ObjectNode entry : client.list(kind.resource)) {
                String name = Json.text(entry, "name");
                String id = Json.text(entry, "id");
                if (name != null && id != null) {
                    ids.putIfAbsent(name, id);
                }
            }
            idsByName.put(kind, ids);
            loadedAt.put(kind, System.nanoTime());
        }
        return ids;
    }

    private static Optional<String> match(Map<String, String> ids, String name) {
        String exact = ids.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return ids.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst();
    }
}
