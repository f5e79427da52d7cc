package io.idbridge.runtime.cli;

/** Process exit codes of the idbridge command. */
final class ExitCodes {
    /** Done, nothing wrong. */
    static final int OK = 0;
    /** Problems found (config mistakes, failed connection tests, plugins that failed to load). */
    static final int PROBLEMS = 1;
    /** The command was called wrongly (also picocli's code for usage errors). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
