package io.idbridge.engine.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small builders for the store's records, so that each contract test shows only what it is about. */
final class StoreFixtures {
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123456Z");

    private StoreFixtures() {
    }

    static StoredPerson person(String externalId) {
        String json = "{\"id\":\"" + externalId + "\"}";
        return new StoredPerson(externalId, json, "hash-" + externalId);
    }

    /** A snapshot adding or changing {@code persons} against the one in force in {@code store}. */
    static NewSnapshot snapshot(StateStore store, SnapshotStatus status, List<StoredPerson> persons,
                                List<BlockedRecord> blocked) {
        return changes(store, status, persons, List.of(), blocked);
    }

    static NewSnapshot changes(StateStore store, SnapshotStatus status, List<StoredPerson> changed,
                               List<String> removed, List<BlockedRecord> blocked) {
        String reason = status == SnapshotStatus.BLOCKED ? "too many persons disappeared" : null;
        return new NewSnapshot(T0, status, reason, store.latestSnapshot(true).map(SnapshotInfo::id).orElse(null),
                changed, removed, blocked, "{\"added\":" + changed.size() + "}",
                "{\"hr\":{\"persons\":" + changed.size() + "}}");
    }

    static AccountState enabledAccount(String target, String personId) {
        return new AccountState(target, personId, "{\"id\":\"" + personId + "-ref\"}", "{\"mail\":\"" + personId + "@x\"}",
                AccountLifecycle.ENABLED, null, T0);
    }

    static AccountState disabledAccount(String target, String personId, LocalDate disabledOn) {
        return new AccountState(target, personId, "{\"id\":\"" + personId + "-ref\"}", "{}", AccountLifecycle.DISABLED,
                disabledOn, T0.plusSeconds(60));
    }

    static GrantedPermission permission(String target, String personId, String type, String permissionId) {
        return new GrantedPermission(target, personId, type, permissionId, "Group " + permissionId, T0);
    }

    static NewAction action(long runId, int sequence, String target, String personId, String actionType) {
        return new NewAction(runId, sequence, target, personId, actionType, "{\"sequence\":" + sequence + "}", null,
                ActionStatus.PLANNED);
    }

    static NewAuditEntry audit(Instant at, Long runId, String personId, String target) {
        return new NewAuditEntry(at, runId, personId, target, "CREATE", "{\"mail\":[null,\"a@x\"]}", "SUCCEEDED",
                "created " + personId);
    }
}
