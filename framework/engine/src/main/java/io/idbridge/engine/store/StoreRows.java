package io.idbridge.engine.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns table rows into the store's records; the column lists match the readers. */
final class StoreRows {
    static final String SNAPSHOT_COLUMNS = "id, taken_at, status, reason, person_count, blocked_count, diff_json, counts_json";
    static final String ACCOUNT_COLUMNS = "target, person_id, ref_json, data_json, lifecycle, disabled_on, updated_at";
    static final String PERMISSION_COLUMNS = "target, person_id, type, permission_id, name, granted_at";
    static final String RUN_COLUMNS = "id, kind, started_at, finished_at, status, summary_json";
    static final String ACTION_COLUMNS = "id, run_id, sequence, target, person_id, action_type, payload_json, depends_on,"
            + " status, attempts, result_json, error, updated_at";
    static final String AUDIT_COLUMNS = "id, at, run_id, person_id, target, action, changes_json, outcome, message";

    private final SqlDialect dialect;

    StoreRows(SqlDialect dialect) {
        this.dialect = dialect;
    }

    SnapshotInfo snapshot(ResultSet row) throws SQLException {
        return new SnapshotInfo(row.getLong("id"), dialect.getInstant(row, "taken_at"),
                SnapshotStatus.valueOf(row.getString("status")), row.getString("reason"), row.getInt("person_count"),
                row.getInt("blocked_count"), row.getString("diff_json"), row.getString("counts_json"));
    }

    static StoredPerson person(ResultSet row) throws SQLException {
        return new StoredPerson(row.getString("external_id"), row.getString("json"), row.getString("hash"),
                row.getString("source_hash"));
    }

    static BlockedRecord blocked(ResultSet row) throws SQLException {
        return new BlockedRecord(row.getString("source"), row.getString("location"), row.getString("external_id"),
                row.getString("reason"));
    }

    AccountState account(ResultSet row) throws SQLException {
        return new AccountState(row.getString("target"), row.getString("person_id"), row.getString("ref_json"),
                row.getString("data_json"), AccountLifecycle.valueOf(row.getString("lifecycle")),
                dialect.getDate(row, "disabled_on"), dialect.getInstant(row, "updated_at"));
    }

    GrantedPermission permission(ResultSet row) throws SQLException {
        return new GrantedPermission(row.getString("target"), row.getString("person_id"), row.getString("type"),
                row.getString("permission_id"), row.getString("name"), dialect.getInstant(row, "granted_at"));
    }

    RunRecord run(ResultSet row) throws SQLException {
        return new RunRecord(row.getLong("id"), row.getString("kind"), dialect.getInstant(row, "started_at"),
                dialect.getInstant(row, "finished_at"), RunStatus.valueOf(row.getString("status")),
                row.getString("summary_json"));
    }

    ActionRecord action(ResultSet row) throws SQLException {
        int dependsOn = row.getInt("depends_on");
        Integer dependsOnOrNull = row.wasNull() ? null : dependsOn;
        return new ActionRecord(row.getLong("id"), row.getLong("run_id"), row.getInt("sequence"), row.getString("target"),
                row.getString("person_id"), row.getString("action_type"), row.getString("payload_json"),
                dependsOnOrNull, ActionStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                row.getString("result_json"), row.getString("error"), dialect.getInstant(row, "updated_at"));
    }

    AuditEntry audit(ResultSet row) throws SQLException {
        long runId = row.getLong("run_id");
        Long runIdOrNull = row.wasNull() ? null : runId;
        return new AuditEntry(row.getLong("id"), dialect.getInstant(row, "at"), runIdOrNull, row.getString("person_id"),
                row.getString("target"), row.getString("action"), row.getString("changes_json"),
                row.getString("outcome"), row.getString("message"));
    }
}
