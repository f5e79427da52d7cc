package io.idbridge.engine.store;

import static io.idbridge.engine.store.StoreRows.ACCOUNT_COLUMNS;
import static io.idbridge.engine.store.StoreRows.ACTION_COLUMNS;
import static io.idbridge.engine.store.StoreRows.AUDIT_COLUMNS;
import static io.idbridge.engine.store.StoreRows.PERMISSION_COLUMNS;
import static io.idbridge.engine.store.StoreRows.RUN_COLUMNS;
import static io.idbridge.engine.store.StoreRows.SNAPSHOT_COLUMNS;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The state store on plain JDBC, for SQLite and PostgreSQL alike. Writes borrow a connection from the write pool (one
 * connection for SQLite, so transactions run one after another); reads borrow from the read pool. A read made inside
 * {@link #inTransaction} on the same thread uses that transaction's connection, so it sees the transaction's own
 * writes and never waits for a second connection.
 */
final class JdbcStateStore implements StateStore {
    /** Reads with one connection. */
    @FunctionalInterface
    private interface Read<T> {
        T run(Connection connection);
    }

    /** The name of the daemons' one lease row. */
    private static final String LEASE = "daemon";

    private final String description;
    private final SqlStatements sql;
    private final StoreRows rows;
    private final PersonVersions versions;
    private final ConnectionPool writePool;
    private final ConnectionPool readPool;
    private final Clock clock;
    private final ThreadLocal<Connection> transactionConnection = new ThreadLocal<>();
    private final Supplier<RunLock> runLocks;

    JdbcStateStore(String description, SqlDialect dialect, ConnectionPool writePool, ConnectionPool readPool,
                   Supplier<RunLock> runLocks, Clock clock) {
        this.description = requireNonNull(description, "description is null");
        this.sql = new SqlStatements(dialect);
        this.rows = new StoreRows(dialect);
        this.versions = new PersonVersions(sql);
        this.writePool = requireNonNull(writePool, "writePool is null");
        this.readPool = requireNonNull(readPool, "readPool is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.runLocks = requireNonNull(runLocks, "runLocks is null");
    }

    @Override
    public RunLock acquireRunLock() {
        return runLocks.get();
    }

    @Override
    public boolean holdLease(String holder, Duration ttl) {
        requireNonNull(holder, "holder is null");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttl);
        }
        String now = sql.dialect().nowMillis();
        return leaseWrite(connection -> sql.update(connection,
                "INSERT INTO daemon_lease (name, holder, expires_at) VALUES ('" + LEASE + "', ?, " + now + " + ?)"
                        + " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at"
                        + " WHERE daemon_lease.holder = excluded.holder OR daemon_lease.expires_at < " + now,
                holder, ttl.toMillis()) == 1);
    }

    @Override
    public Optional<String> leaseHolder() {
        return read(connection -> sql.queryOne(connection, "SELECT holder FROM daemon_lease WHERE name = '" + LEASE
                + "' AND expires_at >= " + sql.dialect().nowMillis(), row -> row.getString("holder")));
    }

    @Override
    public void releaseLease(String holder) {
        requireNonNull(holder, "holder is null");
        leaseWrite(connection -> sql.update(connection, "DELETE FROM daemon_lease WHERE name = '" + LEASE
                + "' AND holder = ?", holder));
    }

    /** One auto-committed statement on a write connection, outside any transaction of the engine's. */
    private <T> T leaseWrite(Read<T> work) {
        Connection connection = writePool.borrow();
        boolean reusable = false;
        try {
            T result = work.run(connection);
            reusable = true;
            return result;
        } catch (StateStoreException failure) {
            reusable = !SqlStatements.connectionBroken(failure);
            if (!reusable) {
                writePool.discardIdle();
            }
            throw failure;
        } finally {
            writePool.giveBack(connection, reusable);
        }
    }

    /** Transactions do not nest: a second call on a thread already inside one fails with IllegalStateException. */
    @Override
    public <T> T inTransaction(Function<StateTransaction, T> work) {
        requireNonNull(work, "work is null");
        if (transactionConnection.get() != null) {
            throw new IllegalStateException("inTransaction called inside another transaction on the same thread");
        }
        SqlDialect dialect = sql.dialect();
        Connection connection = writePool.borrow();
        boolean reusable = false;
        try {
            dialect.begin(connection);
            JdbcStateTransaction transaction = new JdbcStateTransaction(connection, sql, clock);
            transactionConnection.set(connection);
            T result;
            try {
                result = work.apply(transaction);
            } catch (RuntimeException | Error failure) {
                try {
                    transaction.end();
                } catch (RuntimeException unclosed) {
                    failure.addSuppressed(unclosed);
                }
                reusable = rollBack(connection, failure);
                throw failure;
            } finally {
                transactionConnection.remove();
            }
            transaction.end();
            dialect.commit(connection);
            reusable = true;
            return result;
        } catch (SQLException failure) {
            StateStoreException storeFailure =
                    new StateStoreException("state store transaction failed: " + failure.getMessage(), failure);
            reusable = rollBack(connection, storeFailure);
            throw storeFailure;
        } finally {
            writePool.giveBack(connection, reusable);
        }
    }

    /** Rolls back after {@code cause}; returns whether the connection is still fit for reuse. */
    private boolean rollBack(Connection connection, Throwable cause) {
        if (SqlStatements.connectionBroken(cause)) {
            writePool.discardIdle();
            return false;
        }
        try {
            sql.dialect().rollback(connection);
            return true;
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
            return false;
        }
    }

    /**
     * Runs a read. Outside a transaction, a read that finds its connection broken (e.g. after a database restart) is
     * tried once more on a new connection: reading twice changes nothing.
     */
    private <T> T read(Read<T> work) {
        Connection current = transactionConnection.get();
        if (current != null) {
            return work.run(current);
        }
        try {
            return readOnce(work);
        } catch (StateStoreException failure) {
            if (!SqlStatements.connectionBroken(failure)) {
                throw failure;
            }
            return readOnce(work);
        }
    }

    private <T> T readOnce(Read<T> work) {
        Connection connection = readPool.borrow();
        boolean reusable = false;
        try {
            T result = work.run(connection);
            reusable = true;
            return result;
        } catch (StateStoreException failure) {
            if (SqlStatements.connectionBroken(failure)) {
                readPool.discardIdle();
            } else {
                reusable = true;
            }
            throw failure;
        } finally {
            readPool.giveBack(connection, reusable);
        }
    }

    @Override
    public Optional<SnapshotInfo> latestSnapshot(boolean acceptedOnly) {
        String filter = acceptedOnly ? " WHERE status = '" + SnapshotStatus.ACCEPTED.name() + "'" : "";
        return read(connection -> sql.queryOne(connection,
                "SELECT " + SNAPSHOT_COLUMNS + " FROM snapshots" + filter + " ORDER BY id DESC LIMIT 1", rows::snapshot));
    }

    @Override
    public Optional<SnapshotInfo> snapshot(long snapshotId) {
        return read(connection -> sql.queryOne(connection,
                "SELECT " + SNAPSHOT_COLUMNS + " FROM snapshots WHERE id = ?", rows::snapshot, snapshotId));
    }

    @Override
    public List<StoredPerson> persons(long snapshotId) {
        return read(connection -> versions.all(connection, snapshotId, PersonVersions.PERSON_COLUMNS,
                StoreRows::person, Comparator.comparing(StoredPerson::externalId)));
    }

    @Override
    public List<StoredPerson> persons(long snapshotId, Collection<String> externalIds) {
        requireNonNull(externalIds, "externalIds is null");
        return externalIds.isEmpty() ? List.of()
                : read(connection -> versions.chosen(connection, snapshotId, externalIds));
    }

    @Override
    public List<PersonVersion> personVersions(long snapshotId) {
        return read(connection -> versions.all(connection, snapshotId, PersonVersions.VERSION_COLUMNS,
                row -> new PersonVersion(row.getString("external_id"), row.getString("hash"),
                        row.getString("source_hash")), Comparator.comparing(PersonVersion::externalId)));
    }

    @Override
    public List<BlockedRecord> blockedRecords(long snapshotId) {
        return read(connection -> sql.query(connection,
                "SELECT source, location, external_id, reason FROM snapshot_blocked WHERE snapshot_id = ?"
                        + " ORDER BY position", StoreRows::blocked, snapshotId));
    }

    @Override
    public Optional<AccountState> account(String target, String personId) {
        requireNonNull(target, "target is null");
        requireNonNull(personId, "personId is null");
        return read(connection -> sql.queryOne(connection,
                "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE target = ? AND person_id = ?", rows::account,
                target, personId));
    }

    @Override
    public List<AccountState> accounts(String target) {
        requireNonNull(target, "target is null");
        return read(connection -> sql.query(connection,
                "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE target = ? ORDER BY person_id", rows::account,
                target));
    }

    @Override
    public List<AccountState> accounts(String target, Collection<String> personIds) {
        requireNonNull(target, "target is null");
        return chosen(personIds, placeholders -> "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE target = ?"
                + " AND person_id IN (" + placeholders + ")", target, rows::account,
                Comparator.comparing(AccountState::personId));
    }

    @Override
    public List<GrantedPermission> permissions(String target, Collection<String> personIds) {
        requireNonNull(target, "target is null");
        return chosen(personIds, placeholders -> "SELECT " + PERMISSION_COLUMNS + " FROM permissions"
                + " WHERE target = ? AND person_id IN (" + placeholders + ")", target, rows::permission,
                Comparator.comparing(GrantedPermission::personId).thenComparing(GrantedPermission::type)
                        .thenComparing(GrantedPermission::permissionId));
    }

    /** Rows of one target for chosen persons, {@link PersonVersions#IDS_PER_READ} ids to a statement, sorted. */
    private <T> List<T> chosen(Collection<String> personIds,
                               Function<String, String> statement, String target,
                               SqlStatements.RowReader<T> reader, Comparator<T> order) {
        requireNonNull(personIds, "personIds is null");
        List<String> ids = List.copyOf(personIds);
        List<T> found = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += PersonVersions.IDS_PER_READ) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + PersonVersions.IDS_PER_READ));
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(target);
            parameters.addAll(chunk);
            String sqlText = statement.apply(String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")));
            found.addAll(read(connection -> sql.query(connection, sqlText, reader, parameters.toArray())));
        }
        found.sort(order);
        return found;
    }

    @Override
    public Map<String, Set<String>> accountHoldersOutside(Long snapshotId) {
        Map<String, Set<String>> holders = new java.util.HashMap<>();
        // no snapshot yet: no version is in snapshot 0, so every holder is outside
        long snapshot = snapshotId == null ? 0 : snapshotId;
        // two look-ups in the in-force index, as PersonVersions reads a snapshot, instead of the versions' rows
        read(connection -> sql.query(connection, "SELECT target, person_id FROM accounts a WHERE NOT EXISTS"
                        + " (SELECT 1 FROM person_versions v WHERE v.until_snapshot IS NULL"
                        + " AND v.external_id = a.person_id AND v.from_snapshot <= ?) AND NOT EXISTS"
                        + " (SELECT 1 FROM person_versions v WHERE v.until_snapshot > ?"
                        + " AND v.external_id = a.person_id AND v.from_snapshot <= ?)",
                row -> holders.computeIfAbsent(row.getString("target"), target -> new java.util.HashSet<>())
                        .add(row.getString("person_id")), snapshot, snapshot, snapshot));
        return holders;
    }

    @Override
    public long countAccounts(String target) {
        requireNonNull(target, "target is null");
        return read(connection -> sql.queryOne(connection, "SELECT COUNT(*) FROM accounts WHERE target = ?"
                + " AND lifecycle <> ?", row -> row.getLong(1), target, AccountLifecycle.DELETED)).orElseThrow();
    }

    @Override
    public long countPermissions(String target) {
        requireNonNull(target, "target is null");
        return read(connection -> sql.queryOne(connection, "SELECT COUNT(*) FROM permissions WHERE target = ?",
                row -> row.getLong(1), target)).orElseThrow();
    }

    @Override
    public List<GrantedPermission> permissions(String target, String personId) {
        requireNonNull(target, "target is null");
        requireNonNull(personId, "personId is null");
        return read(connection -> sql.query(connection,
                "SELECT " + PERMISSION_COLUMNS + " FROM permissions WHERE target = ? AND person_id = ?"
                        + " ORDER BY type, permission_id", rows::permission, target, personId));
    }

    @Override
    public List<GrantedPermission> permissions(String target) {
        requireNonNull(target, "target is null");
        return read(connection -> sql.query(connection,
                "SELECT " + PERMISSION_COLUMNS + " FROM permissions WHERE target = ?"
                        + " ORDER BY person_id, type, permission_id", rows::permission, target));
    }

    @Override
    public Optional<String> reservationOwner(String target, String field, String value) {
        requireNonNull(target, "target is null");
        requireNonNull(field, "field is null");
        requireNonNull(value, "value is null");
        return read(connection -> sql.queryOne(connection,
                "SELECT person_id FROM reservations WHERE target = ? AND field = ? AND value = ?",
                row -> row.getString("person_id"), target, field, value));
    }

    @Override
    public Map<String, String> reservationOwners(String target, String field) {
        requireNonNull(target, "target is null");
        requireNonNull(field, "field is null");
        Map<String, String> owners = new java.util.HashMap<>();
        read(connection -> sql.query(connection,
                "SELECT value, person_id FROM reservations WHERE target = ? AND field = ?",
                row -> owners.put(row.getString("value"), row.getString("person_id")), target, field));
        return owners;
    }

    /** Ordered by field. */
    @Override
    public Map<String, String> reservations(String target, String personId) {
        requireNonNull(target, "target is null");
        requireNonNull(personId, "personId is null");
        Map<String, String> valuesByField = new LinkedHashMap<>();
        read(connection -> sql.query(connection,
                "SELECT field, value FROM reservations WHERE target = ? AND person_id = ? ORDER BY field",
                row -> valuesByField.put(row.getString("field"), row.getString("value")), target, personId));
        return valuesByField;
    }

    @Override
    public Map<String, EvaluationMark> evaluationMarks() {
        Map<String, EvaluationMark> marks = new java.util.HashMap<>();
        read(connection -> sql.query(connection, "SELECT person_id, person_hash, config_fingerprint, manager_id, next_due"
                + " FROM evaluation_marks", row -> marks.put(row.getString("person_id"), new EvaluationMark(
                        row.getString("person_id"), row.getString("person_hash"), row.getString("config_fingerprint"),
                        row.getString("manager_id"), sql.dialect().getDate(row, "next_due")))));
        return marks;
    }

    @Override
    public List<String> unmarkedPersons(long snapshotId, String configFingerprint, LocalDate today) {
        requireNonNull(configFingerprint, "configFingerprint is null");
        requireNonNull(today, "today is null");
        return read(connection -> versions.unmarked(connection, snapshotId, configFingerprint, today));
    }

    @Override
    public Optional<RunRecord> run(long runId) {
        return read(connection -> sql.queryOne(connection,
                "SELECT " + RUN_COLUMNS + " FROM runs WHERE id = ?", rows::run, runId));
    }

    /** {@code limit} 0 means all runs; a negative limit is an IllegalArgumentException. */
    @Override
    public List<RunRecord> runs(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        String limitClause = limit == 0 ? "" : " LIMIT " + limit;
        return read(connection -> sql.query(connection,
                "SELECT " + RUN_COLUMNS + " FROM runs ORDER BY id DESC" + limitClause, rows::run));
    }

    /** An empty status set matches nothing. */
    @Override
    public List<ActionRecord> actions(ActionQuery query) {
        requireNonNull(query, "query is null");
        if (query.statuses() != null && query.statuses().isEmpty()) {
            return List.of();
        }
        WhereClause where = actionsWhere(query);
        return read(connection -> sql.query(connection,
                "SELECT " + ACTION_COLUMNS + " FROM actions" + where.sql() + " ORDER BY run_id, sequence",
                rows::action, where.parameters()));
    }

    @Override
    public long countActions(ActionQuery query) {
        requireNonNull(query, "query is null");
        if (query.statuses() != null && query.statuses().isEmpty()) {
            return 0;
        }
        WhereClause where = actionsWhere(query);
        return read(connection -> sql.queryOne(connection, "SELECT COUNT(*) FROM actions" + where.sql(),
                result -> result.getLong(1), where.parameters())).orElseThrow();
    }

    private static WhereClause actionsWhere(ActionQuery query) {
        WhereClause where = new WhereClause();
        where.equalTo("run_id", query.runId());
        if (query.statuses() != null) {
            where.in("status", new ArrayList<Object>(query.statuses()));
        }
        where.equalTo("target", query.target());
        where.equalTo("action_type", query.actionType());
        where.equalTo("person_id", query.personId());
        return where;
    }

    @Override
    public Optional<ActionRecord> action(long actionId) {
        return read(connection -> sql.queryOne(connection,
                "SELECT " + ACTION_COLUMNS + " FROM actions WHERE id = ?", rows::action, actionId));
    }

    /** {@code since} is inclusive; with a limit, the oldest matching entries are returned. */
    @Override
    public List<AuditEntry> audit(AuditQuery query) {
        requireNonNull(query, "query is null");
        if (query.limit() < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + query.limit());
        }
        WhereClause where = new WhereClause();
        where.equalTo("person_id", query.personId());
        where.equalTo("target", query.target());
        where.atLeast("at", query.since());
        where.equalTo("run_id", query.runId());
        String limitClause = query.limit() == 0 ? "" : " LIMIT " + query.limit();
        return read(connection -> sql.query(connection,
                "SELECT " + AUDIT_COLUMNS + " FROM audit_log" + where.sql() + " ORDER BY at, id" + limitClause,
                rows::audit, where.parameters()));
    }

    @Override
    public void close() {
        try {
            writePool.close();
        } finally {
            if (readPool != writePool) {
                readPool.close();
            }
        }
    }

    @Override
    public String toString() {
        return "StateStore[" + description + "]";
    }
}
