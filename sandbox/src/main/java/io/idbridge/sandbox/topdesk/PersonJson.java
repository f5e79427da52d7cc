package io.idbridge.sandbox.topdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person as TOPdesk answers it (systems.md §4.4), and the {@code $fields}/{@code fields} selection. */
final class PersonJson {
    /** The operator that every change is attributed to. */
    static final String OPERATOR_ID = "00000000-0000-4000-8000-000000000001";
    static final String OPERATOR_NAME = "IdBridge sandbox API";

    private PersonJson() {
    }

    /** The full person; v2 collection items also carry {@code archived}. */
    static ObjectNode person(SimulatedPerson person, TopdeskStore store, boolean v2) {
        ObjectNode node = TopdeskJson.object();
        node.put("id", person.id());
        node.put("status", person.status());
        if (v2) {
            node.put("archived", person.archived());
        }
        node.put("dynamicName", person.dynamicName());
        PersonFields.TEXTS.forEach(name -> node.put(name, person.text(name)));
        node.set("branch", branch(store.findBranch(person.branchId()), person.branchId()));
        node.set("department", lookup(LookupKind.DEPARTMENT, person.departmentId(), store));
        node.set("budgetHolder", lookup(LookupKind.BUDGET_HOLDER, person.budgetHolderId(), store));
        node.set("manager", manager(person.managerId(), store));
        PersonFields.FLAGS.forEach(name -> node.put(name, person.flags().get(name)));
        node.set("optionalFields1", TopdeskJson.tree(person.optionalFields1()));
        node.set("optionalFields2", TopdeskJson.tree(person.optionalFields2()));
        node.set("creator", operator());
        node.put("creationDate", TopdeskJson.date(person.creationDate()));
        node.set("modifier", operator());
        node.put("modificationDate", TopdeskJson.date(person.modificationDate()));
        return node;
    }

    /**
     * Only the named top-level fields, in the order given; {@code branch.name} selects {@code branch}.
     *
     * @param fields comma-separated; blank selects everything
     * @throws TopdeskApiException 400 for a field a person does not have
     */
    static ObjectNode select(ObjectNode person, String fields) {
        if (fields == null || fields.isBlank()) {
            return person;
        }
        ObjectNode selected = TopdeskJson.object();
        for (String name : names(fields)) {
            JsonNode value = person.get(name);
            if (value == null) {
                throw TopdeskApiException.badRequest("The field '" + name + "' does not exist on a person");
            }
            selected.set(name, value);
        }
        return selected;
    }

    /** The names of a {@code fields} parameter, checked against the fields a person has. */
    static List<String> names(String fields) {
        List<String> names = new ArrayList<>();
        for (String raw : fields.split(",")) {
            String name = raw.trim();
            int dot = name.indexOf('.');
            names.add(dot < 0 ? name : name.substring(0, dot));
        }
        return names;
    }

    static ObjectNode branch(SimulatedBranch branch, TopdeskStore store) {
        ObjectNode node = TopdeskJson.object().put("id", branch.id()).put("name", branch.name())
                .put("clientReferenceNumber", "").put("timeZone", "Europe/Amsterdam");
        node.putNull("extraA");
        node.putNull("extraB");
        node.put("branchType", branch.branchType());
        ObjectNode country = null;
        if (branch.countryId() != null) {
            country = store.findLookup(LookupKind.COUNTRY, branch.countryId())
                    .map(PersonJson::lookup).orElse(null);
        }
        node.putObject("postalAddress").set("country", country);
        return node;
    }

    static ObjectNode lookup(SimulatedLookup lookup) {
        return TopdeskJson.object().put("id", lookup.id()).put("name", lookup.name());
    }

    private static JsonNode branch(Optional<SimulatedBranch> branch, String id) {
        ObjectNode node = TopdeskJson.object().put("id", id);
        branch.ifPresent(found -> node.put("name", found.name()));
        node.put("clientReferenceNumber", "").put("timeZone", "Europe/Amsterdam");
        node.putNull("extraA");
        node.putNull("extraB");
        return node;
    }

    private static JsonNode lookup(LookupKind kind, String id, TopdeskStore store) {
        if (id == null) {
            return TopdeskJson.object().nullNode();
        }
        return store.findLookup(kind, id).map(PersonJson::lookup)
                .orElseGet(() -> TopdeskJson.object().put("id", id));
    }

    private static JsonNode manager(String id, TopdeskStore store) {
        if (id == null) {
            return TopdeskJson.object().nullNode();
        }
        ObjectNode node = TopdeskJson.object().put("id", id);
        store.findPerson(id).ifPresent(manager -> node.put("name", manager.dynamicName())
                .put("status", manager.status()));
        return node;
    }

    private static ObjectNode operator() {
        return TopdeskJson.object().put("id", OPERATOR_ID).put("name", OPERATOR_NAME);
    }
}
