package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes and sends batches of messages on one background thread, so that neither a slow template nor a dead mail
 * server holds up enforcement. A batch that cannot be delivered is tried again a bounded number of times, then given up
 * with a warning; nothing here ever throws at the caller.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final SmtpMailer mailer;
    private final SmtpSettings settings;
    private final ExecutorService executor;
    private final AtomicInteger queuedBatches = new AtomicInteger();
    private final AtomicInteger undelivered = new AtomicInteger();

    Outbox(SmtpMailer mailer, SmtpSettings settings) {
        this.mailer = requireNonNull(mailer, "mailer is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "idbridge-mail");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a batch; {@code compose} runs on the mail thread and may read the state store. */
    void submit(String about, Supplier<List<Mail>> compose) {
        try {
            queuedBatches.incrementAndGet();
            executor.execute(() -> {
                try {
                    deliver(about, compose);
                } finally {
                    queuedBatches.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException closed) {
            queuedBatches.decrementAndGet();
            LOG.warn("notifications are closed; {} is not sent", about);
        }
    }

    /** Messages given up on so far. */
    int undelivered() {
        return undelivered.get();
    }

    /**
     * Lets queued batches finish, waiting at most {@code maxWait}; what is still queued then is given up with a
     * warning.
     */
    void close(Duration maxWait) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("gave up waiting {} s for the mail server; {} notification batch(es) not sent",
                        maxWait.toSeconds(), queuedBatches.get());
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    private void deliver(String about, Supplier<List<Mail>> compose) {
        List<Mail> pending;
        try {
            pending = new ArrayList<>(compose.get());
        } catch (RuntimeException failure) {
            LOG.warn("could not compose notifications for {}: {}", about, failure.toString());
            return;
        }
        Duration wait = settings.retryDelay();
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                mailer.deliver(pending);
                return;
            } catch (MessagingException failure) {
                LOG.warn("sending {} notification(s) for {} via {}:{} failed (attempt {} of {}): {}", pending.size(),
                        about, settings.host(), settings.port(), attempt, settings.attempts(), describe(failure));
            }
            if (attempt < settings.attempts() && !pause(wait)) {
                break;
            }
            wait = wait.multipliedBy(2);
        }
        undelivered.addAndGet(pending.size());
        LOG.warn("gave up on {} notification(s) for {}", pending.size(), about);
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The failure and its causes, one line, without stack traces (the server's words, never our credentials). */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
