package io.idbridge.engine.store;

import java.time.LocalDate;

/**
 * What the engine last concluded for a person: nothing left to do for these inputs until {@code nextDue}. The store
 * drops the marks of a manager's staff when the manager's accounts change (created, re-referenced, enabled, disabled
 * or deleted), because the staff's accounts name the manager's.
 *
 * @param personHash the hash of the person's data the evaluation read, as the snapshot stores it
 * @param configFingerprint the fingerprint of the configuration it was evaluated with
 * @param managerId the person's manager when the mark was made; null for none
 * @param nextDue the first day on which timing may change the outcome; null when no date can
 */
public record EvaluationMark(String personId, String personHash, String configFingerprint, String managerId,
                             LocalDate nextDue) {
}
