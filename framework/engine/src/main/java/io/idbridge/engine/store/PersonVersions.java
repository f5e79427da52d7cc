package io.idbridge.engine.store;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
     * Every person of a snapshot, in external id order; none for a blocked or unknown snapshot. One statement over two
     * ranges of the in-force index, the versions still in force and those replaced since, so that it reads one state
     * of the table even while another import stores a snapshot, and never the history before.
     */
    <T> List<T> all(Connection connection, long snapshotId, String columns, SqlStatements.RowReader<T> reader,
                    Comparator<T> byExternalId) {
        return matching(connection, snapshotId, columns, "", List.of(), reader, byExternalId);
    }

    /**
     * The ids of a snapshot's persons that need evaluating, in external id order: those without an evaluation mark,
     * or whose mark was made for other data or another configuration, or is due by {@code today}.
     */
    List<String> unmarked(Connection connection, long snapshotId, String configFingerprint, LocalDate today) {
        return matching(connection, snapshotId, "external_id", " AND NOT EXISTS (SELECT 1 FROM evaluation_marks m"
                + " WHERE m.person_id = v.external_id AND m.person_hash = v.hash AND m.config_fingerprint = ?"
                + " AND (m.next_due IS NULL OR m.next_due > ?))", List.<Object>of(configFingerprint, today),
                row -> row.getString("external_id"), Comparator.<String>naturalOrder());
    }

    /** The snapshot's versions that also meet {@code condition} (SQL starting with AND, over the alias v). */
    private <T> List<T> matching(Connection connection, long snapshotId, String columns, String condition,
                                 List<Object> conditionParameters, SqlStatements.RowReader<T> reader,
                                 Comparator<T> byExternalId) {
        if (!accepted(connection, snapshotId)) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(snapshotId);
        parameters.addAll(conditionParameters);
        parameters.add(snapshotId);
        parameters.add(snapshotId);
        parameters.addAll(conditionParameters);
        List<T> rows = new ArrayList<>(sql.query(connection, "SELECT " + columns + " FROM person_versions v"
                + " WHERE until_snapshot IS NULL AND from_snapshot <= ?" + condition + " UNION ALL SELECT " + columns
                + " FROM person_versions v WHERE until_snapshot > ? AND from_snapshot <= ?" + condition, reader,
                parameters.toArray()));
        // mostly in order already (the index's), and a sort here keeps the statement free to use the index
        rows.sort(byExternalId);
        return rows;
    }

    /** Chosen persons of a snapshot, in external id order; ids it does not hold are left out. */
    List<StoredPerson> chosen(Connection connection, long snapshotId, Collection<String> externalIds) {
        if (!accepted(connection, snapshotId)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(externalIds);
        Collections.sort(ids);
        List<StoredPerson> persons = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += IDS_PER_READ) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_READ));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(snapshotId);
            parameters.add(snapshotId);
            persons.addAll(sql.query(connection, "SELECT " + PERSON_COLUMNS + " FROM person_versions"
                    + " WHERE external_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ") AND from_snapshot <= ? AND (until_snapshot IS NULL OR until_snapshot > ?)",
                    StoreRows::person, parameters.toArray()));
        }
        persons.sort(Comparator.comparing(StoredPerson::externalId));
        return persons;
    }

    /** Whether the snapshot exists and was accepted: a blocked one holds no persons. Its status never changes. */
    private boolean accepted(Connection connection, long snapshotId) {
        return sql.queryOne(connection, "SELECT status FROM snapshots WHERE id = ?",
                row -> SnapshotStatus.valueOf(row.getString("status")), snapshotId)
                .filter(status -> status == SnapshotStatus.ACCEPTED).isPresent();
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
