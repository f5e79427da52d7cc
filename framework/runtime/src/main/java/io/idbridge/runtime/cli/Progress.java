package io.idbridge.runtime.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work: a progress bar on stderr when a person watches a terminal, nothing when output goes to a
 * file or a pipe (logs and scripts stay clean). Not thread-safe; close it when the work ends.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Starts a progress display.
     *
     * @param task what is being done, e.g. "import hr"
     * @param total the number of steps, or -1 when unknown
     */
    public static Progress start(String task, long total) {
        if (System.console() == null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate()
                .build();
        return new Progress(bar);
    }

    /** Whether anything is shown. */
    public boolean visible() {
        return bar != null;
    }

    public void step() {
        stepBy(1);
    }

    public void stepBy(long steps) {
        if (bar != null) {
            bar.stepBy(steps);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
