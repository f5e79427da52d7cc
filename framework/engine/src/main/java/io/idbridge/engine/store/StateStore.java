package io.idbridge.engine.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's persistent state: snapshots of persons, accounts and permissions per target, runs, the action journal
 * and the audit log. Reads see committed data; every write goes through {@link #inTransaction}, so that an action's
 * outcome and the account state it produced are stored together or not at all. Safe for concurrent use.
 */
public interface StateStore extends AutoCloseable {
    /**
     * Takes the store for one engine run (import, enforcement, approval).
     *
     * @throws RunLockTakenException when another run, in this or another process, holds it
     */
    RunLock acquireRunLock();

    /**
     * Takes or renews the daemons' lease for {@code holder} until {@code ttl} from now by the database's clock;
     * returns whether {@code holder} holds it now. A lease another holder has is taken only once it has expired, in
     * one statement, so that two daemons trying at once never both win.
     */
    boolean holdLease(String holder, Duration ttl);

    /** Who holds the daemons' lease, unless nobody or it has expired. */
    Optional<String> leaseHolder();

    /** Gives up {@code holder}'s lease, if it has it, so that another daemon takes over at once. */
    void releaseLease(String holder);

    /** Runs {@code work} in one database transaction, committing when it returns and rolling back when it throws. */
    <T> T inTransaction(Function<StateTransaction, T> work);

    /** The newest snapshot; with {@code acceptedOnly}, the newest one not blocked. */
    Optional<SnapshotInfo> latestSnapshot(boolean acceptedOnly);

    Optional<SnapshotInfo> snapshot(long snapshotId);

    /** The persons of a snapshot, ordered by external id; none for a blocked snapshot. */
    List<StoredPerson> persons(long snapshotId);

    /** The chosen persons of a snapshot, ordered by external id; ids the snapshot does not hold are left out. */
    List<StoredPerson> persons(long snapshotId, java.util.Collection<String> externalIds);

    /** Which version of each person a snapshot holds, without their data, ordered by external id. */
    List<PersonVersion> personVersions(long snapshotId);

    /** The blocked records of a snapshot, in source order. */
    List<BlockedRecord> blockedRecords(long snapshotId);

    Optional<AccountState> account(String target, String personId);

    /** Every account state of a target, ordered by person id. */
    List<AccountState> accounts(String target);

    /** The account states of the chosen persons in a target, ordered by person id; persons without one are left out. */
    List<AccountState> accounts(String target, java.util.Collection<String> personIds);

    /**
     * Per target, the persons holding an account state there (deleted ones included) who are not in the snapshot:
     * those gone from the sources. With a null snapshot (none accepted yet), every holder.
     */
    java.util.Map<String, java.util.Set<String>> accountHoldersOutside(Long snapshotId);

    /** How many accounts of a target exist (every state but deleted). */
    long countAccounts(String target);

    /** How many permissions are held in a target. */
    long countPermissions(String target);

    /** The permissions the chosen persons hold in a target, ordered by person id, type and id. */
    List<GrantedPermission> permissions(String target, java.util.Collection<String> personIds);

    /** The permissions a person holds in a target, ordered by type and id. */
    List<GrantedPermission> permissions(String target, String personId);

    /** Every held permission in a target, ordered by person id, type and id. */
    List<GrantedPermission> permissions(String target);

    /** The person holding a reserved unique value, if any. */
    Optional<String> reservationOwner(String target, String field, String value);

    /** Every reserved value of one field in a target, value to the person holding it. */
    java.util.Map<String, String> reservationOwners(String target, String field);

    /** The values a person holds reserved in a target, field to value. */
    java.util.Map<String, String> reservations(String target, String personId);

    /** Every person's evaluation mark, by person id. */
    java.util.Map<String, EvaluationMark> evaluationMarks();

    /**
     * The persons of a snapshot that need evaluating, ordered by external id: those without a mark, or whose mark was
     * made for other person data or another configuration, or falls due on or before {@code today}. Decided in the
     * store, so that a plan in which few persons changed reads only those few.
     */
    List<String> unmarkedPersons(long snapshotId, String configFingerprint, java.time.LocalDate today);

    Optional<RunRecord> run(long runId);

    /** The newest runs first. */
    List<RunRecord> runs(int limit);

    /** Journaled actions matching the query, ordered by run id and sequence. */
    List<ActionRecord> actions(ActionQuery query);

    /** How many journaled actions match the query, without reading them. */
    long countActions(ActionQuery query);

    Optional<ActionRecord> action(long actionId);

    /** Audit entries matching the query, oldest first. */
    List<AuditEntry> audit(AuditQuery query);

    @Override
    void close();
}
