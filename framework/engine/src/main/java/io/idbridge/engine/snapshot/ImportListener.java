package io.idbridge.engine.snapshot;

/** Told about imports, e.g. to send notifications. Methods must not throw; the default does nothing. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    /** An import was blocked (a source failed or a source threshold was reached); the previous snapshot stays. */
    default void blocked(ImportResult result) {
    }
}
