package io.idbridge.runtime.cli;

import io.idbridge.engine.progress.ProgressListener;

/** Shows engine progress as a progress bar on a terminal; silent otherwise (see {@link Progress}). */
final class ConsoleProgress implements ProgressListener {
    private Progress current;

    @Override
    public void start(String task, long total) {
        finish();
        current = Progress.start(task, total);
    }

    @Override
    public void advance(long steps) {
        if (current != null) {
            current.stepBy(steps);
        }
    }

    @Override
    public void finish() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
