package io.idbridge.runtime.cli;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the daemons sharing a PostgreSQL store syncs: the one holding the store's lease
 * ({@link StateStore#holdLease}), renewed every third of its time to live. A daemon counts itself leader only until
 * its last successful renewal began plus the time to live, by its own monotonic clock, so it stops counting itself
 * leader before the lease can have expired in the database, also when the database cannot be reached. Whoever holds
 * the lease, enforcement itself still takes the store's run lock, so two daemons never run one journal at once.
 */
final class Leadership implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Leadership.class);

    private final StateStore store;
    private final String holder;
    private final Duration ttl;
    private final Runnable lost;
    private final ScheduledExecutorService timer;
    /** System.nanoTime() until which this daemon leads; meaningful only while {@link #held}. */
    private volatile long leadingUntil;
    private volatile boolean held;
    /** Whether this daemon last said it leads; only the timer thread reads and writes it. */
    private boolean announced;
    private boolean standbyAnnounced;

    private Leadership(StateStore store, Duration ttl, Runnable lost) {
        this.store = requireNonNull(store, "store is null");
        this.ttl = requireNonNull(ttl, "ttl is null");
        this.lost = requireNonNull(lost, "lost is null");
        this.holder = holderName();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idbridge-lease");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts taking and renewing the lease; the first attempt is made before this returns.
     *
     * @param lost called on the lease thread when this daemon stops leading (another took the lease over, or it
     *             could not be renewed in time), so that the sync under way stops
     */
    static Leadership start(StateStore store, Duration ttl, Runnable lost) {
        Leadership leadership = new Leadership(store, ttl, lost);
        leadership.renew();
        long every = leadership.renewInterval().toMillis();
        leadership.timer.scheduleWithFixedDelay(leadership::renew, every, every, TimeUnit.MILLISECONDS);
        return leadership;
    }

    /** Whether this daemon leads now. */
    boolean leading() {
        return held && System.nanoTime() - leadingUntil < 0;
    }

    /** How often the lease is renewed, and how often a standby daemon tries to take it. */
    Duration renewInterval() {
        return ttl.dividedBy(3);
    }

    String holder() {
        return holder;
    }

    private void renew() {
        long started = System.nanoTime();
        try {
            if (store.holdLease(holder, ttl)) {
                leadingUntil = started + ttl.toNanos();
                held = true;
            } else {
                held = false;
            }
        } catch (StateStoreException failure) {
            // not held is not known: this daemon leads on until its lease would have expired, then gives way
            LOG.warn("cannot renew the daemons' lease in the state store: {}", failure.getMessage());
        }
        announce();
    }

    private void announce() {
        boolean leadingNow = leading();
        if (leadingNow && !announced) {
            LOG.info("this daemon ({}) holds the lease and runs the syncs", holder);
            standbyAnnounced = false;
        } else if (!leadingNow && announced) {
            LOG.error("this daemon ({}) no longer holds the lease; the sync under way stops and another daemon "
                    + "finishes it", holder);
            lost.run();
        }
        if (!leadingNow && !standbyAnnounced) {
            LOG.info("standby: daemon {} holds the lease; this daemon ({}) takes over when it stops renewing it",
                    currentHolder().orElse("(none, expiring)"), holder);
            standbyAnnounced = true;
        }
        announced = leadingNow;
    }

    /** The daemon holding the lease, as the store says now; empty when none does or the store cannot be read. */
    Optional<String> currentHolder() {
        try {
            return store.leaseHolder();
        } catch (StateStoreException failure) {
            LOG.warn("cannot read who holds the daemons' lease: {}", failure.getMessage());
            return Optional.empty();
        }
    }

    /** Gives the lease up, so that a standby daemon takes over at once instead of after it expired. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (held) {
            held = false;
            store.releaseLease(holder);
            LOG.info("gave up the lease");
        }
    }

    /** Host, process id and a random part: unique per daemon process, and says where it runs. */
    private static String holderName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unresolvable) {
            // the name is for people reading logs; the random part keeps it unique without one
            host = "unknown-host";
        }
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return host + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(random);
    }
}
