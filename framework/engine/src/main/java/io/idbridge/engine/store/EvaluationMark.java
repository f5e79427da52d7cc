package io.idbridge.engine.store;

import java.time.LocalDate;

/**
 * What the engine last concluded for a person: nothing left to do for these inputs until {@code nextDue}.
 *
 * @param fingerprint a digest of everything the evaluation read (person, configuration)
 * @param nextDue the first day on which timing may change the outcome; null when no date can
 */
public record EvaluationMark(String personId, String fingerprint, LocalDate nextDue) {
}
