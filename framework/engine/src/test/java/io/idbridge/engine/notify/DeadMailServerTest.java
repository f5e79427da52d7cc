package io.idbridge.engine.notify;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static io.idbridge.engine.notify.NotifierFixture.person;
import static io.idbridge.engine.notify.NotifierFixture.to;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.idbridge.engine.Engine;
import io.idbridge.engine.EngineHarness;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.spi.config.Secret;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A mail server that is down or never answers costs notifications, never a run, and never an unbounded wait. */
class DeadMailServerTest {
    private static final String PASSWORD = "s3cret-Password";

    @TempDir
    Path directory;
    private EngineHarness harness;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger outboxLogger = (Logger) LoggerFactory.getLogger(Outbox.class);

    @BeforeEach
    void setUp() {
        harness = new EngineHarness(directory);
        person(harness, "1001", "Piet", "Jansen", "piet@example.org", "", contract("C1", "2026-11-01", null, "HR"));
        log.start();
        outboxLogger.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        outboxLogger.detachAppender(log);
        harness.close();
    }

    @Test
    void refusedConnectionsAreRetriedThenGivenUpWithoutFailingTheRun() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        Notifier notifier = notifier(deadPort, Duration.ofSeconds(5));

        Engine.SyncResult result = NotifierFixture.engine(harness, notifier).sync(ProgressListener.NONE);
        long closing = System.nanoTime();
        notifier.close();

        assertThat(result.run().run().status()).isEqualTo(io.idbridge.engine.store.RunStatus.SUCCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
        assertThat(notifier.undelivered()).isEqualTo(1);
        assertThat(warnings()).filteredOn(line -> line.contains("attempt")).hasSize(3);
        assertThat(warnings()).anyMatch(line -> line.contains("gave up on 1 notification(s) for run "));
        assertThat(warnings()).noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void silentServerIsBoundedByTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Notifier notifier = notifier(silent.getLocalPort(), Duration.ofMillis(300));

            Engine.SyncResult result = NotifierFixture.engine(harness, notifier).sync(ProgressListener.NONE);
            long closing = System.nanoTime();
            notifier.close();

            assertThat(result.run().run().status()).isEqualTo(io.idbridge.engine.store.RunStatus.SUCCEEDED);
            assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
            assertThat(notifier.undelivered()).isEqualTo(1);
            assertThat(warnings()).anyMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("timed out"));
        }
    }

    private Notifier notifier(int port, Duration readTimeout) {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", port, "idbridge@example.org", "idbridge",
                new Secret(PASSWORD), false, Duration.ofSeconds(1), readTimeout, 3, Duration.ofMillis(20));
        return NotifierFixture.notifier(harness, smtp, Map.of(NotificationEvent.RUN_SUMMARY,
                to(NotificationEvent.RUN_SUMMARY, "iam-team@example.org")));
    }

    private java.util.List<String> warnings() {
        return log.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
