package io.idbridge.sandbox.topdesk;

import java.util.function.Function;

/** The fields a persons {@code query} may name, each with how to read it for the {@link FiqlQuery}. */
final class PersonQueryFields implements Function<String, Function<SimulatedPerson, String>> {
    private final TopdeskStore store;
    private final boolean v2;

    /** @param v2 true for the v2 collection, where {@code gender} is not queryable (systems.md §4.3) */
    PersonQueryFields(TopdeskStore store, boolean v2) {
        this.store = store;
        this.v2 = v2;
    }

    @Override
    public Function<SimulatedPerson, String> apply(String name) {
        if (PersonFields.TEXTS.contains(name) && !(v2 && name.equals("gender"))) {
            return person -> person.text(name);
        }
        if (PersonFields.FLAGS.contains(name)) {
            return person -> String.valueOf(person.flags().get(name));
        }
        return switch (name) {
            case "id" -> SimulatedPerson::id;
            case "archived" -> person -> String.valueOf(person.archived());
            case "status" -> SimulatedPerson::status;
            case "dynamicName" -> SimulatedPerson::dynamicName;
            case "branch.id" -> SimulatedPerson::branchId;
            case "branch.name" -> person -> store.findBranch(person.branchId()).map(SimulatedBranch::name).orElse("");
            case "department.id" -> SimulatedPerson::departmentId;
            case "department.name" -> person -> lookupName(LookupKind.DEPARTMENT, person.departmentId());
            case "budgetHolder.id" -> SimulatedPerson::budgetHolderId;
            case "budgetHolder.name" -> person -> lookupName(LookupKind.BUDGET_HOLDER, person.budgetHolderId());
            case "manager.id" -> SimulatedPerson::managerId;
            default -> throw TopdeskApiException.badRequest("The field '" + name + "' cannot be used in a query");
        };
    }

    private String lookupName(LookupKind kind, String id) {
        return id == null ? "" : store.findLookup(kind, id).map(SimulatedLookup::name).orElse("");
    }
}
