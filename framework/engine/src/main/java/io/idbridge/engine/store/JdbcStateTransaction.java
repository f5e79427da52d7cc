package io.idbridge.engine.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The writes of one {@link JdbcStateStore#inTransaction} call, on the connection that holds the transaction. */
final class JdbcStateTransaction implements StateTransaction {
    private final Connection connection;
    private final SqlStatements sql;
    private final Clock clock;
    private final PersonVersions versions;
    private boolean open = true;
    /**
     * The statements this transaction ran, prepared once each: a journal batch runs the same few statements for every
     * action in it, and preparing them anew was a fifth of the journal thread's time.
     */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    JdbcStateTransaction(Connection connection, SqlStatements sql, Clock clock) {
        this.connection = requireNonNull(connection, "connection is null");
        this.sql = requireNonNull(sql, "sql is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.versions = new PersonVersions(sql);
    }

    /**
     * Called when the transaction ends, before its commit or rollback: closes its statements; later calls fail instead
     * of writing outside any transaction.
     */
    void end() {
        open = false;
        StateStoreException unclosed = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException failure) {
                if (unclosed == null) {
                    unclosed = new StateStoreException("closing a statement failed: " + failure.getMessage(), failure);
                } else {
                    unclosed.addSuppressed(failure);
                }
            }
        }
        prepared.clear();
        if (unclosed != null) {
            throw unclosed;
        }
    }

    private int update(String statement, Object... parameters) {
        return sql.update(prepared(statement), statement, parameters);
    }

    private long insert(String statement, Object... parameters) {
        return sql.insertReturningId(prepared(statement), statement, parameters);
    }

    private PreparedStatement prepared(String statement) {
        Connection connection = connection();
        PreparedStatement known = prepared.get(statement);
        if (known == null) {
            known = sql.prepare(connection, statement);
            prepared.put(statement, known);
        }
        return known;
    }

    @Override
    public long insertSnapshot(NewSnapshot snapshot) {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(snapshot.takenAt(), "snapshot.takenAt is null");
        requireNonNull(snapshot.status(), "snapshot.status is null");
        Long inForce = versions.inForce(connection()).orElse(null);
        if (!Objects.equals(inForce, snapshot.basis())) {
            throw new IllegalStateException("snapshot " + inForce + " was accepted after this snapshot's changes were"
                    + " made against snapshot " + snapshot.basis() + "; nothing stored");
        }
        long snapshotId = insert(
                "INSERT INTO snapshots (taken_at, status, reason, person_count, blocked_count, diff_json,"
                        + " counts_json) VALUES (?, ?, ?, 0, ?, ?, ?) RETURNING id",
                snapshot.takenAt(), snapshot.status(), snapshot.reason(), snapshot.blocked().size(),
                snapshot.diffJson(), snapshot.countsJson());
        if (snapshot.status() == SnapshotStatus.ACCEPTED) {
            update("UPDATE snapshots SET person_count = ? WHERE id = ?",
                    versions.write(connection, snapshotId, snapshot), snapshotId);
        }
        List<Object[]> blockedRows = new ArrayList<>(snapshot.blocked().size());
        int position = 0;
        for (BlockedRecord blocked : snapshot.blocked()) {
            blockedRows.add(new Object[] {snapshotId, position++, blocked.source(), blocked.location(),
                    blocked.externalId(), blocked.reason()});
        }
        sql.batch(connection, "INSERT INTO snapshot_blocked (snapshot_id, position, source, location, external_id, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)", blockedRows);
        return snapshotId;
    }

    @Override
    public void putAccount(AccountState account) {
        requireNonNull(account, "account is null");
        requireNonNull(account.lifecycle(), "account.lifecycle is null");
        requireNonNull(account.updatedAt(), "account.updatedAt is null");
        update(
                "INSERT INTO accounts (target, person_id, ref_json, data_json, lifecycle, disabled_on, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target, person_id) DO UPDATE SET"
                        + " ref_json = excluded.ref_json, data_json = excluded.data_json,"
                        + " lifecycle = excluded.lifecycle, disabled_on = excluded.disabled_on,"
                        + " updated_at = excluded.updated_at",
                account.target(), account.personId(), account.refJson(), account.dataJson(), account.lifecycle(),
                account.disabledOn(), account.updatedAt());
    }

    @Override
    public void removeAccount(String target, String personId) {
        update("DELETE FROM accounts WHERE target = ? AND person_id = ?",
                requireNonNull(target, "target is null"), requireNonNull(personId, "personId is null"));
    }

    /** A permission held already keeps its first grant time; its display name follows the latest grant. */
    @Override
    public void grantPermission(GrantedPermission permission) {
        requireNonNull(permission, "permission is null");
        requireNonNull(permission.grantedAt(), "permission.grantedAt is null");
        update(
                "INSERT INTO permissions (target, person_id, type, permission_id, name, granted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (target, person_id, type, permission_id)"
                        + " DO UPDATE SET name = excluded.name",
                permission.target(), permission.personId(), permission.type(), permission.permissionId(),
                permission.name(), permission.grantedAt());
    }

    @Override
    public void revokePermission(String target, String personId, String type, String permissionId) {
        update(
                "DELETE FROM permissions WHERE target = ? AND person_id = ? AND type = ? AND permission_id = ?",
                requireNonNull(target, "target is null"), requireNonNull(personId, "personId is null"),
                requireNonNull(type, "type is null"), requireNonNull(permissionId, "permissionId is null"));
    }

    /**
     * A person holds at most one value per field: reserving a new value for a field releases the person's previous
     * value of that field (a changed name gives a new username, and the old one becomes free).
     */
    @Override
    public boolean reserve(String target, String field, String value, String personId) {
        requireNonNull(target, "target is null");
        requireNonNull(field, "field is null");
        requireNonNull(value, "value is null");
        requireNonNull(personId, "personId is null");
        Optional<String> owner = owner(target, field, value);
        if (owner.isPresent()) {
            return owner.get().equals(personId);
        }
        update("DELETE FROM reservations WHERE target = ? AND person_id = ? AND field = ?",
                target, personId, field);
        // Another transaction may take the value between the check and here; then nothing is inserted and the
        // second look below names that other owner.
        update("INSERT INTO reservations (target, field, value, person_id) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (target, field, value) DO NOTHING", target, field, value, personId);
        return owner(target, field, value).map(personId::equals).orElse(false);
    }

    private Optional<String> owner(String target, String field, String value) {
        return sql.queryOne(connection(), "SELECT person_id FROM reservations WHERE target = ? AND field = ? AND value = ?",
                row -> row.getString("person_id"), target, field, value);
    }

    @Override
    public void releaseReservations(String target, String personId) {
        update("DELETE FROM reservations WHERE target = ? AND person_id = ?",
                requireNonNull(target, "target is null"), requireNonNull(personId, "personId is null"));
    }

    @Override
    public void putEvaluationMark(EvaluationMark mark) {
        requireNonNull(mark, "mark is null");
        update("INSERT INTO evaluation_marks (person_id, person_hash, config_fingerprint, manager_id, next_due)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET person_hash = excluded.person_hash,"
                        + " config_fingerprint = excluded.config_fingerprint, manager_id = excluded.manager_id,"
                        + " next_due = excluded.next_due",
                mark.personId(), mark.personHash(), mark.configFingerprint(), mark.managerId(), mark.nextDue());
    }

    @Override
    public void clearEvaluationMark(String personId) {
        update("DELETE FROM evaluation_marks WHERE person_id = ?",
                requireNonNull(personId, "personId is null"));
    }

    @Override
    public long startRun(String kind, Instant startedAt) {
        return insert(
                "INSERT INTO runs (kind, started_at, status) VALUES (?, ?, ?) RETURNING id",
                requireNonNull(kind, "kind is null"), requireNonNull(startedAt, "startedAt is null"), RunStatus.RUNNING);
    }

    /** Fails with {@link IllegalArgumentException} when no run has this id. */
    @Override
    public void finishRun(long runId, RunStatus status, Instant finishedAt, String summaryJson) {
        int changed = update(
                "UPDATE runs SET status = ?, finished_at = ?, summary_json = ? WHERE id = ?",
                requireNonNull(status, "status is null"), requireNonNull(finishedAt, "finishedAt is null"), summaryJson,
                runId);
        if (changed == 0) {
            throw new IllegalArgumentException("no run with id " + runId);
        }
    }

    /** The action starts with 0 attempts, stamped with the store's clock. */
    @Override
    public long insertAction(NewAction action) {
        requireNonNull(action, "action is null");
        requireNonNull(action.status(), "action.status is null");
        return insert(
                "INSERT INTO actions (run_id, sequence, target, person_id, action_type, payload_json, depends_on, status,"
                        + " attempts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING id",
                action.runId(), action.sequence(), action.target(), action.personId(), action.actionType(),
                action.payloadJson(), action.dependsOn(), action.status(), clock.instant());
    }

    /** Fails with {@link IllegalArgumentException} when no action has this id. */
    @Override
    public void updateAction(long actionId, ActionStatus status, int attempts, String resultJson, String error,
                             Instant at) {
        int changed = update(
                "UPDATE actions SET status = ?, attempts = ?, result_json = ?, error = ?, updated_at = ? WHERE id = ?",
                requireNonNull(status, "status is null"), attempts, resultJson, error, requireNonNull(at, "at is null"),
                actionId);
        if (changed == 0) {
            throw new IllegalArgumentException("no action with id " + actionId);
        }
    }

    @Override
    public long appendAudit(NewAuditEntry entry) {
        requireNonNull(entry, "entry is null");
        requireNonNull(entry.at(), "entry.at is null");
        return insert(
                "INSERT INTO audit_log (at, run_id, person_id, target, action, changes_json, outcome, message)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                entry.at(), entry.runId(), entry.personId(), entry.target(), entry.action(), entry.changesJson(),
                entry.outcome(), entry.message());
    }

    private Connection connection() {
        if (!open) {
            throw new IllegalStateException("this transaction has ended; write inside the inTransaction callback");
        }
        return connection;
    }
}
