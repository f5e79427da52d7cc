package io.idbridge.engine.enforce;

import io.idbridge.engine.store.ActionRecord;
import java.util.List;

/** Told what enforcement did, e.g. to send notifications. Methods must not throw; the default does nothing. */
public interface EnforcementListener {
    EnforcementListener NONE = new EnforcementListener() {
    };

    /** An action succeeded; {@code action} holds its final state. */
    default void succeeded(ActionRecord action) {
    }

    /** An action failed for good. */
    default void failed(ActionRecord action) {
    }

    /** Thresholds held these actions of one target and type for approval. */
    default void held(String target, String actionType, List<ActionRecord> actions, String reason) {
    }

    /** A run ended. */
    default void finished(RunReport report) {
    }
}
