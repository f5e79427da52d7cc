package io.idbridge.sandbox.topdesk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A TOPdesk person as the simulator holds it.
 *
 * @param id lower-case GUID; never null
 * @param archived whether the person is archived ({@code status} {@code personArchived})
 * @param archivingReasonId the reason given when archiving; null while not archived
 * @param texts the text fields of {@link PersonFields#TEXTS} by name; every one present, never null ({@code ""}
 *     when empty, as TOPdesk answers)
 * @param flags the boolean fields of {@link PersonFields#FLAGS} by name; every one present
 * @param branchId never null: a person always has a branch
 * @param departmentId may be null
 * @param budgetHolderId may be null
 * @param managerId the id of another person; may be null
 * @param optionalFields1 free fields such as {@code text1} or {@code boolean2}; JSON values, never null
 * @param optionalFields2 the same for the second set
 * @param creationDate never null
 * @param modificationDate never null
 */
public record SimulatedPerson(String id, boolean archived, String archivingReasonId, Map<String, String> texts,
                              Map<String, Boolean> flags, String branchId, String departmentId,
                              String budgetHolderId, String managerId, Map<String, Object> optionalFields1,
                              Map<String, Object> optionalFields2, Instant creationDate, Instant modificationDate) {
    public SimulatedPerson {
        requireNonNull(id, "id is null");
        texts = Map.copyOf(requireNonNull(texts, "texts is null"));
        flags = Map.copyOf(requireNonNull(flags, "flags is null"));
        requireNonNull(branchId, "branchId is null");
        // Optional field values may be JSON null, which Map.copyOf does not allow.
        optionalFields1 = Collections.unmodifiableMap(new LinkedHashMap<>(
                requireNonNull(optionalFields1, "optionalFields1 is null")));
        optionalFields2 = Collections.unmodifiableMap(new LinkedHashMap<>(
                requireNonNull(optionalFields2, "optionalFields2 is null")));
        requireNonNull(creationDate, "creationDate is null");
        requireNonNull(modificationDate, "modificationDate is null");
    }

    /** {@code person} or {@code personArchived}. */
    public String status() {
        return archived ? "personArchived" : "person";
    }

    /** A text field such as {@code jobTitle}; {@code ""} when empty; {@link IllegalArgumentException} if unknown. */
    public String text(String name) {
        String value = texts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("not a text field of a person: " + name);
        }
        return value;
    }

    /**
     * TOPdesk's display name, built from first name, prefixes and surname ({@code Jan van Dijk}). The real format is
     * a TOPdesk setting; this one is UNVERIFIED.
     */
    public String dynamicName() {
        return Stream.of(text("firstName"), text("prefixes"), text("surName"))
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    public String surName() {
        return text("surName");
    }

    public String firstName() {
        return text("firstName");
    }

    public String email() {
        return text("email");
    }

    public String employeeNumber() {
        return text("employeeNumber");
    }

    public String networkLoginName() {
        return text("networkLoginName");
    }

    public String tasLoginName() {
        return text("tasLoginName");
    }

    public boolean isManager() {
        return flags.get("isManager");
    }

    SimulatedPerson withArchived(boolean archived, String reasonId, Instant now) {
        return new SimulatedPerson(id, archived, archived ? reasonId : null, texts, flags, branchId, departmentId,
                budgetHolderId, managerId, optionalFields1, optionalFields2, creationDate, now);
    }
}
