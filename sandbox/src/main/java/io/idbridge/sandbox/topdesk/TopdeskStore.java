package io.idbridge.sandbox.topdesk;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulator's state. One lock guards everything: simple, and far faster than any client needs. Insertion-ordered
 * maps keep persons in creation order, which is the order of every list. Ids are lower-case GUIDs, matched
 * case-insensitively.
 */
final class TopdeskStore {
    static final String DEFAULT_ARCHIVING_REASON = "Persoon uit organisatie";
    static final String DEFAULT_COUNTRY = "Nederland";

    private final Map<String, SimulatedPerson> persons = new LinkedHashMap<>();
    private final Map<String, SimulatedBranch> branches = new LinkedHashMap<>();
    private final Map<LookupKind, Map<String, SimulatedLookup>> lookups = new EnumMap<>(LookupKind.class);

    TopdeskStore() {
        clear();
    }

    /** Forgets everything except the seeded archiving reason "Persoon uit organisatie" and country "Nederland". */
    synchronized void clear() {
        persons.clear();
        branches.clear();
        for (LookupKind kind : LookupKind.values()) {
            lookups.put(kind, new LinkedHashMap<>());
        }
        createLookup(LookupKind.ARCHIVING_REASON, DEFAULT_ARCHIVING_REASON);
        createLookup(LookupKind.COUNTRY, DEFAULT_COUNTRY);
    }

    synchronized List<SimulatedPerson> persons() {
        return List.copyOf(persons.values());
    }

    synchronized Optional<SimulatedPerson> findPerson(String id) {
        return Optional.ofNullable(persons.get(id.toLowerCase(Locale.ROOT)));
    }

    /** A new person; an archived one (seeding only) gets the given archiving reason. */
    synchronized SimulatedPerson createPerson(PersonChanges changes, String archivingReasonId) {
        String branchId = changes.references().get("branch");
        if (branchId == null) {
            throw TopdeskApiException.badRequest("The field 'branch' is mandatory: give {\"branch\": {\"id\": \"...\"}}");
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        PersonBuilder builder = PersonBuilder.empty(branchId).apply(changes);
        validate(builder, id);
        SimulatedPerson person = builder.build(id, archivingReasonId, now, now);
        persons.put(id, person);
        return person;
    }

    /** A partial update; refused for an archived person, as TOPdesk does. */
    synchronized SimulatedPerson patchPerson(String id, PersonChanges changes) {
        SimulatedPerson current = requirePerson(id);
        if (current.archived()) {
            throw TopdeskApiException.badRequest("The person with id '" + current.id()
                    + "' is archived and cannot be changed; unarchive the person first");
        }
        PersonBuilder builder = PersonBuilder.of(current).apply(changes);
        validate(builder, current.id());
        SimulatedPerson patched = builder.build(current.id(), null, current.creationDate(), Instant.now());
        persons.put(patched.id(), patched);
        return patched;
    }

    synchronized SimulatedPerson archive(String id, String archivingReasonId) {
        SimulatedPerson current = requirePerson(id);
        if (archivingReasonId == null || archivingReasonId.isEmpty()) {
            throw TopdeskApiException.badRequest("An archiving reason is mandatory: give {\"id\": \"...\"}");
        }
        SimulatedLookup reason = findLookup(LookupKind.ARCHIVING_REASON, archivingReasonId)
                .orElseThrow(() -> notFound(LookupKind.ARCHIVING_REASON, archivingReasonId));
        if (current.archived()) {
            throw TopdeskApiException.badRequest("The person with id '" + current.id() + "' is already archived");
        }
        SimulatedPerson archived = current.withArchived(true, reason.id(), Instant.now());
        persons.put(archived.id(), archived);
        return archived;
    }

    /** Removes the person card, as an administrator can in TOPdesk's own screens (the API cannot). */
    synchronized SimulatedPerson removePerson(String id) {
        SimulatedPerson removed = requirePerson(id);
        persons.remove(removed.id());
        return removed;
    }

    synchronized SimulatedPerson unarchive(String id) {
        SimulatedPerson current = requirePerson(id);
        if (!current.archived()) {
            throw TopdeskApiException.badRequest("The person with id '" + current.id() + "' is not archived");
        }
        SimulatedPerson unarchived = current.withArchived(false, null, Instant.now());
        persons.put(unarchived.id(), unarchived);
        return unarchived;
    }

    private SimulatedPerson requirePerson(String id) {
        return findPerson(id).orElseThrow(() -> TopdeskApiException.personNotFound(id));
    }

    private void validate(PersonBuilder person, String id) {
        if (!branches.containsKey(person.branchId())) {
            throw TopdeskApiException.badRequest("No branch found with id '" + person.branchId() + "'");
        }
        requireLookup(LookupKind.DEPARTMENT, person.departmentId());
        requireLookup(LookupKind.BUDGET_HOLDER, person.budgetHolderId());
        String managerId = person.managerId();
        if (managerId != null) {
            SimulatedPerson manager = persons.get(managerId);
            if (manager == null) {
                throw TopdeskApiException.badRequest("No person found with id '" + managerId + "' for 'manager'");
            }
            if (manager.id().equals(id)) {
                throw TopdeskApiException.badRequest("A person cannot be its own manager");
            }
            if (!manager.isManager()) {
                // Why the connector sets isManager on the manager first (systems.md §4.5).
                throw TopdeskApiException.badRequest("The person with id '" + managerId
                        + "' is not a manager (isManager is false)");
            }
        }
        String login = person.text("tasLoginName");
        boolean taken = !login.isEmpty() && persons.values().stream()
                .anyMatch(other -> !other.id().equals(id) && other.tasLoginName().equalsIgnoreCase(login));
        if (taken) {
            throw TopdeskApiException.badRequest("The tasLoginName '" + login + "' is already in use");
        }
    }

    private void requireLookup(LookupKind kind, String id) {
        if (id != null && !lookups.get(kind).containsKey(id)) {
            throw notFound(kind, id);
        }
    }

    private static TopdeskApiException notFound(LookupKind kind, String id) {
        return TopdeskApiException.badRequest("No " + kind.label() + " found with id '" + id + "'");
    }

    synchronized List<SimulatedBranch> branches() {
        return List.copyOf(branches.values());
    }

    synchronized Optional<SimulatedBranch> findBranch(String id) {
        return Optional.ofNullable(branches.get(id.toLowerCase(Locale.ROOT)));
    }

    synchronized SimulatedBranch createBranch(String name, String countryId, String branchType) {
        requireNewName(name, "branch", branches.values().stream().map(SimulatedBranch::name).toList());
        if (!SimulatedBranch.BRANCH_TYPES.contains(branchType)) {
            throw TopdeskApiException.badRequest("The branchType '" + branchType
                    + "' is not one of independentBranch, headBranch, hasAHeadBranch");
        }
        String country = countryId == null ? null : countryId.toLowerCase(Locale.ROOT);
        requireLookup(LookupKind.COUNTRY, country);
        SimulatedBranch branch = new SimulatedBranch(UUID.randomUUID().toString(), name, branchType, country);
        branches.put(branch.id(), branch);
        return branch;
    }

    synchronized List<SimulatedLookup> lookups(LookupKind kind) {
        return List.copyOf(lookups.get(kind).values());
    }

    synchronized Optional<SimulatedLookup> findLookup(LookupKind kind, String id) {
        return Optional.ofNullable(lookups.get(kind).get(id.toLowerCase(Locale.ROOT)));
    }

    synchronized Optional<SimulatedLookup> findLookupByName(LookupKind kind, String name) {
        return lookups.get(kind).values().stream().filter(lookup -> lookup.name().equals(name)).findFirst();
    }

    synchronized SimulatedLookup createLookup(LookupKind kind, String name) {
        requireNewName(name, kind.label(), lookups.get(kind).values().stream().map(SimulatedLookup::name).toList());
        SimulatedLookup lookup = new SimulatedLookup(UUID.randomUUID().toString(), name);
        lookups.get(kind).put(lookup.id(), lookup);
        return lookup;
    }

    private static void requireNewName(String name, String label, List<String> existing) {
        if (name == null || name.isBlank()) {
            throw TopdeskApiException.badRequest("The field 'name' of a " + label + " is mandatory");
        }
        if (existing.stream().anyMatch(other -> other.equalsIgnoreCase(name))) {
            throw TopdeskApiException.badRequest("A " + label + " with name '" + name + "' already exists");
        }
    }
}
