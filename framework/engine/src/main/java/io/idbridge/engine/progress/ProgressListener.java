package io.idbridge.engine.progress;

/** Told how long work advances, so a terminal can show a progress bar; the default does nothing. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /** A task starts; {@code total} is -1 when unknown. */
    default void start(String task, long total) {
    }

    default void advance(long steps) {
    }

    default void finish() {
    }
}
