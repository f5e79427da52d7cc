package io.idbridge.sandbox.topdesk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Applies {@link PersonChanges} to a person's fields and checks the rules that need no other entity. */
final class PersonBuilder {
    private final Map<String, String> texts;
    private final Map<String, Boolean> flags;
    private final Map<String, String> references = new LinkedHashMap<>();
    private final Map<String, Object> optionalFields1;
    private final Map<String, Object> optionalFields2;

    private PersonBuilder(Map<String, String> texts, Map<String, Boolean> flags, Map<String, Object> optionalFields1,
                          Map<String, Object> optionalFields2) {
        this.texts = new LinkedHashMap<>(texts);
        this.flags = new LinkedHashMap<>(flags);
        this.optionalFields1 = new LinkedHashMap<>(optionalFields1);
        this.optionalFields2 = new LinkedHashMap<>(optionalFields2);
    }

    /** Every text empty, gender {@code UNDEFINED}, every flag false. */
    static PersonBuilder empty(String branchId) {
        Map<String, String> texts = new LinkedHashMap<>();
        PersonFields.TEXTS.forEach(name -> texts.put(name, ""));
        texts.put("gender", "UNDEFINED");
        Map<String, Boolean> flags = new LinkedHashMap<>();
        PersonFields.FLAGS.forEach(name -> flags.put(name, false));
        PersonBuilder builder = new PersonBuilder(texts, flags, Map.of(), Map.of());
        builder.references.put("branch", lower(branchId));
        return builder;
    }

    static PersonBuilder of(SimulatedPerson person) {
        PersonBuilder builder = new PersonBuilder(person.texts(), person.flags(), person.optionalFields1(),
                person.optionalFields2());
        builder.references.put("branch", person.branchId());
        builder.references.put("department", person.departmentId());
        builder.references.put("budgetHolder", person.budgetHolderId());
        builder.references.put("manager", person.managerId());
        return builder;
    }

    PersonBuilder apply(PersonChanges changes) {
        changes.texts().forEach((name, value) -> texts.put(name, value == null ? "" : value));
        if (changes.texts().containsKey("gender") && texts.get("gender").isEmpty()) {
            texts.put("gender", "UNDEFINED");
        }
        flags.putAll(changes.flags());
        changes.references().forEach((name, id) -> {
            if (name.equals("branch") && id == null) {
                throw TopdeskApiException.badRequest("The field 'branch' is mandatory and cannot be cleared");
            }
            references.put(name, lower(id));
        });
        optionalFields1.putAll(changes.optionalFields1());
        optionalFields2.putAll(changes.optionalFields2());
        check();
        return this;
    }

    private void check() {
        if (texts.get("surName").isBlank()) {
            throw TopdeskApiException.badRequest("The field 'surName' is mandatory");
        }
        if (!PersonFields.GENDERS.contains(texts.get("gender"))) {
            throw TopdeskApiException.badRequest("The field 'gender' must be MALE, FEMALE or UNDEFINED, was '"
                    + texts.get("gender") + "'");
        }
        if (texts.get("firstInitials").length() > PersonFields.MAX_FIRST_INITIALS) {
            throw TopdeskApiException.badRequest("The field 'firstInitials' is longer than "
                    + PersonFields.MAX_FIRST_INITIALS + " characters");
        }
    }

    String text(String name) {
        return texts.get(name);
    }

    String branchId() {
        return references.get("branch");
    }

    String departmentId() {
        return references.get("department");
    }

    String budgetHolderId() {
        return references.get("budgetHolder");
    }

    String managerId() {
        return references.get("manager");
    }

    SimulatedPerson build(String id, String archivingReasonId, Instant created, Instant modified) {
        return new SimulatedPerson(id, archivingReasonId != null, archivingReasonId, texts, flags, branchId(),
                departmentId(), budgetHolderId(), managerId(), optionalFields1, optionalFields2, created, modified);
    }

    private static String lower(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
