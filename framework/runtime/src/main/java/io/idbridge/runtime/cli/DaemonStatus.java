package io.idbridge.runtime.cli;

import java.time.Instant;
import java.util.List;

/**
 * What the daemon says about itself on {@code /ready}, {@code /api/status}, the console's header and {@code /metrics}:
 * whether it runs the syncs, and what it found when it last read its configuration.
 *
 * @param leader true when this daemon runs the syncs: always on SQLite, the lease holder on PostgreSQL
 * @param leaseHolder the daemon holding the PostgreSQL lease, null on SQLite or when nobody holds it
 * @param ready it holds a valid configuration and is not stopping
 * @param configuration the last reading of the configuration file, null before the first sync
 */
record DaemonStatus(boolean leader, String leaseHolder, boolean ready, Configuration configuration) {
    /**
     * One reading of the configuration file, made before every sync.
     *
     * @param problems what was wrong with it, rendered as the CLI prints them (file, line, key); warnings about
     *                 broken plugins come with a valid configuration too
     * @param valid false when the sync ran with the last valid configuration instead, or was skipped
     */
    record Configuration(String file, Instant readAt, boolean valid, List<String> problems) {
        Configuration {
            problems = List.copyOf(problems);
        }
    }
}
