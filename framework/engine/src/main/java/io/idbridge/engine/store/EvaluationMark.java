package io.idbridge.engine.store;

import java.time.LocalDate;

/**
 * What the engine last concluded for a person: nothing left to do for these inputs until {@code nextDue}.
 *
 * @param fingerprint a digest of everything the evaluation read (person, configuration)
 * @param managerId the person's manager when the mark was made (null for none): part of the fingerprint, kept so that
 *     a person with the same hash is recognised without reading the person
 * @param nextDue the first day on which timing may change the outcome; null when no date can
 */
public record EvaluationMark(String personId, String fingerprint, String managerId, LocalDate nextDue) {
}
