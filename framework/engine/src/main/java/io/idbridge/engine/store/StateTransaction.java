package io.idbridge.engine.store;

import java.time.Instant;

/** The write side of the store, valid only inside {@link StateStore#inTransaction}. */
public interface StateTransaction {
    /** Stores a snapshot with its persons and blocked records; returns its id. */
    long insertSnapshot(NewSnapshot snapshot);

    /** Inserts or replaces the account state of (target, personId). */
    void putAccount(AccountState account);

    void removeAccount(String target, String personId);

    /** Records a held permission; holding it already is not an error. */
    void grantPermission(GrantedPermission permission);

    /** Forgets a held permission; not holding it is not an error. */
    void revokePermission(String target, String personId, String type, String permissionId);

    /**
     * Reserves a unique value for a person. Returns false, changing nothing, when another person holds it; true when
     * it is now (or already was) this person's.
     */
    boolean reserve(String target, String field, String value, String personId);

    /** Drops every value a person holds reserved in a target. */
    void releaseReservations(String target, String personId);

    /** Inserts or replaces a person's evaluation mark. */
    void putEvaluationMark(EvaluationMark mark);

    /** Forgets a person's evaluation mark, so the next plan evaluates the person again. */
    void clearEvaluationMark(String personId);

    long startRun(String kind, Instant startedAt);

    void finishRun(long runId, RunStatus status, Instant finishedAt, String summaryJson);

    /** Journals a planned action; returns its id. */
    long insertAction(NewAction action);

    /** Records progress or the outcome of an action. */
    void updateAction(long actionId, ActionStatus status, int attempts, String resultJson, String error, Instant at);

    long appendAudit(NewAuditEntry entry);
}
