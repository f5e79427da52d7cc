package io.idbridge.engine.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the persons of snapshots, stored once per version in {@code person_versions} (see migration V7): a version
 * belongs to the accepted snapshots from {@code from_snapshot} up to, not including, {@code until_snapshot}.
 */
final class PersonVersions {
    static final String PERSON_COLUMNS = "external_id, json, hash, source_hash";
    static final String VERSION_COLUMNS = "external_id, hash, source_hash";
    /** Chosen persons are read this many ids to a statement, far below SQLite's and PostgreSQL's parameter limits. */
    static final int IDS_PER_READ = 500;

    private final SqlStatements sql;

    PersonVersions(SqlStatements sql) {
        this.sql = sql;
    }

    /** The id of the snapshot in force (the newest accepted one), if any. */
    Optional<Long> inForce(Connection connection) {
        return sql.queryOne(connection, "SELECT id FROM snapshots WHERE status = '" + SnapshotStatus.ACCEPTED
                + "' ORDER BY id DESC LIMIT 1", row -> row.getLong("id"));
    }

    /**
     * The condition, with a leading WHERE, that selects a snapshot's person versions: those not yet replaced for the
     * snapshot in force (its index keeps that read in external id order), none for a blocked or unknown one.
     */
    String of(Connection connection, long snapshotId) {
        Optional<SnapshotStatus> status = sql.queryOne(connection, "SELECT status FROM snapshots WHERE id = ?",
                row -> SnapshotStatus.valueOf(row.getString("status")), snapshotId);
        if (status.isEmpty() || status.get() == SnapshotStatus.BLOCKED) {
            return " WHERE 1 = 0";
        }
        if (inForce(connection).orElseThrow() == snapshotId) {
            return " WHERE until_snapshot IS NULL";
        }
        return " WHERE from_snapshot <= " + snapshotId + " AND (until_snapshot IS NULL OR until_snapshot > "
                + snapshotId + ")";
    }

    /** Chosen persons of a snapshot, in external id order; ids it does not hold are left out. */
    List<StoredPerson> chosen(Connection connection, long snapshotId, Collection<String> externalIds) {
        String where = of(connection, snapshotId);
        List<String> ids = new ArrayList<>(externalIds);
        Collections.sort(ids);
        List<StoredPerson> persons = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += IDS_PER_READ) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_READ));
            persons.addAll(sql.query(connection, "SELECT " + PERSON_COLUMNS + " FROM person_versions" + where
                    + " AND external_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ") ORDER BY external_id", StoreRows::person, chunk.toArray()));
        }
        return persons;
    }

    /**
     * Writes snapshot {@code snapshotId}'s changes against the snapshot in force and returns how many persons it has:
     * new versions are added, and the versions they replace and those of removed persons end here.
     */
    int write(Connection connection, long snapshotId, NewSnapshot snapshot) {
        List<Object[]> rows = new ArrayList<>(snapshot.changed().size());
        for (StoredPerson person : snapshot.changed()) {
            rows.add(new Object[] {person.externalId(), snapshotId, person.json(), person.hash(), person.sourceHash()});
        }
        sql.batch(connection, "INSERT INTO person_versions (external_id, from_snapshot, json, hash, source_hash)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
        if (!rows.isEmpty()) {
            // one statement instead of one per person: a full first import changes everyone
            sql.update(connection, "UPDATE person_versions SET until_snapshot = ? WHERE until_snapshot IS NULL"
                    + " AND from_snapshot < ? AND external_id IN"
                    + " (SELECT external_id FROM person_versions WHERE from_snapshot = ?)",
                    snapshotId, snapshotId, snapshotId);
        }
        sql.batch(connection, "UPDATE person_versions SET until_snapshot = ? WHERE external_id = ?"
                + " AND until_snapshot IS NULL", snapshot.removed().stream()
                .map(id -> new Object[] {snapshotId, id}).toList());
        return sql.queryOne(connection, "SELECT COUNT(*) FROM person_versions WHERE until_snapshot IS NULL",
                row -> row.getInt(1)).orElseThrow();
    }
}
