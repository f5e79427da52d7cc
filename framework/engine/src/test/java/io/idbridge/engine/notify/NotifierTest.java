package io.idbridge.engine.notify;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static io.idbridge.engine.notify.NotifierFixture.person;
import static io.idbridge.engine.notify.NotifierFixture.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.idbridge.engine.Engine;
import io.idbridge.engine.EngineHarness;
import io.idbridge.engine.progress.ProgressListener;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Notifications end to end: a real engine run, a real SMTP server in-process (one for the whole class). */
class NotifierTest {
    private static final String ADMIN = "iam-team@example.org";

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    Path directory;
    private EngineHarness harness;

    @BeforeEach
    void setUp() throws Exception {
        MAIL_SERVER.purgeEmailFromAllMailboxes();
        harness = new EngineHarness(directory);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void createdAccountIsAnnouncedToTheManagerWithThePlaceholdersFilled() throws Exception {
        person(harness, "M1", "Mia", "Manager", "mia@example.org", "", contract("C0", "2020-01-01", null, "HR"));
        person(harness, "1001", "Piet", "Jansen", "piet@example.org", "M1", contract("C1", "2026-12-10", null, "HR"));
        MessageTemplate welcome = MessageTemplate.parse("""
                Subject: Welcome {{person.displayName}}

                Dear {{person.manager.displayName}},
                {{person.displayName}} starts on {{person.primaryContract.startDate}}; user name \
                {{account.userName}} in {{target}} ({{action}}, run {{run.id}}).{{no.such.value}}
                """, "welcome.txt");
        Notifier notifier = NotifierFixture.notifier(harness, smtp(), Map.of(
                NotificationEvent.CREATE, new EventSettings(Recipient.of(harness.e(
                        "person.manager.contact.business.email")), welcome),
                NotificationEvent.RUN_SUMMARY, to(NotificationEvent.RUN_SUMMARY, ADMIN)));

        Engine.SyncResult result = NotifierFixture.engine(harness, notifier).sync(ProgressListener.NONE);
        notifier.close();

        assertThat(result.run().run().status()).isEqualTo(io.idbridge.engine.store.RunStatus.SUCCEEDED);
        MimeMessage welcomeMail = only(receivedBy("mia@example.org"));
        assertThat(welcomeMail.getSubject()).isEqualTo("Welcome Piet Jansen");
        assertThat(body(welcomeMail)).isEqualTo("Dear Mia Manager,\nPiet Jansen starts on 2026-12-10; user name "
                + "piet.jansen@example.org in helloid (create, run " + result.run().run().id() + ").");
        MimeMessage summary = only(receivedBy(ADMIN));
        assertThat(summary.getSubject()).isEqualTo("IdBridge sync run " + result.run().run().id() + ": SUCCEEDED");
        assertThat(body(summary)).contains("helloid create: 2 succeeded").contains("Failed: 0, held: 0");
        assertThat(MAIL_SERVER.getReceivedMessages()).as("the manager M1 has no manager: no mail for M1")
                .hasSize(2);
        assertThat(notifier.undelivered()).isZero();
    }

    @Test
    void disabledAccountIsAnnouncedToTheLeaver() throws Exception {
        person(harness, "1001", "Piet", "Jansen", "piet@example.org", "", contract("C1", "2026-11-01", "2026-12-05",
                "HR"));
        Notifier notifier = NotifierFixture.notifier(harness, smtp(), Map.of(NotificationEvent.DISABLE,
                EventSettings.withDefaultTemplate(NotificationEvent.DISABLE, Recipient.of(harness.e(
                        "person.contact.business.email")))));
        Engine engine = NotifierFixture.engine(harness, notifier);
        engine.sync(ProgressListener.NONE);

        harness.clock.setDay(LocalDate.of(2026, 12, 6));
        Engine.SyncResult leaving = engine.sync(ProgressListener.NONE);
        notifier.close();

        assertThat(leaving.run().run().status()).isEqualTo(io.idbridge.engine.store.RunStatus.SUCCEEDED);
        MimeMessage goodbye = only(receivedBy("piet@example.org"));
        assertThat(goodbye.getSubject()).isEqualTo("Your helloid account has been disabled");
        assertThat(body(goodbye)).startsWith("Dear Piet Jansen,\n\nYour account in helloid has been disabled.");
        assertThat(MAIL_SERVER.getReceivedMessages()).hasSize(1);
    }

    @Test
    void heldAndFailedActionsAreReportedToTheAdministrator() throws Exception {
        harness.targetThreshold("grant", "1");
        person(harness, "1001", "Piet", "Jansen", "piet@example.org", "", contract("C1", "2026-11-01", null, "HR"));
        Notifier notifier = NotifierFixture.notifier(harness, smtp(), Map.of(
                NotificationEvent.HELD_ACTIONS, to(NotificationEvent.HELD_ACTIONS, ADMIN),
                NotificationEvent.FAILURE, to(NotificationEvent.FAILURE, ADMIN)));
        ProgressListener failWhenEnforcing = new ProgressListener() {
            @Override
            public void start(String task, long total) {
                if (task.equals("Enforcing")) {
                    harness.target.failNext(1000);
                }
            }
        };

        Engine.SyncResult result = NotifierFixture.engine(harness, notifier).sync(failWhenEnforcing);
        notifier.close();

        long runId = result.run().run().id();
        assertThat(result.run().failed()).isNotEmpty();
        List<MimeMessage> received = receivedBy(ADMIN);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "IdBridge run " + runId + ": 2 grant actions in helloid wait for approval",
                "IdBridge run " + runId + ": " + result.run().failed().size() + " actions failed");
        String held = body(received.stream().filter(mail -> subject(mail).contains("approval")).findFirst()
                .orElseThrow());
        assertThat(held).contains("grant: 2 actions reach the threshold of 1").contains("- 1001 (Piet Jansen)");
        String failed = body(received.stream().filter(mail -> subject(mail).contains("failed")).findFirst()
                .orElseThrow());
        assertThat(failed).contains("- helloid create 1001 (Piet Jansen): ").contains("503 Service Unavailable");
    }

    @Test
    void blockedImportIsReportedWithItsReason() throws Exception {
        person(harness, "1001", "Piet", "Jansen", "piet@example.org", "", contract("C1", "2026-11-01", null, "HR"));
        person(harness, "1002", "Ann", "Smit", "ann@example.org", "", contract("C2", "2026-11-01", null, "HR"));
        harness.source.failAfter(1);
        Notifier notifier = NotifierFixture.notifier(harness, smtp(), Map.of(NotificationEvent.IMPORT_BLOCKED,
                to(NotificationEvent.IMPORT_BLOCKED, ADMIN)));

        Engine.SyncResult result = NotifierFixture.engine(harness, notifier).sync(ProgressListener.NONE);
        notifier.close();

        assertThat(result.imported().accepted()).isFalse();
        MimeMessage blocked = only(receivedBy(ADMIN));
        assertThat(blocked.getSubject()).isEqualTo("IdBridge import blocked");
        assertThat(body(blocked)).contains("Reason: " + result.imported().reason());
    }

    private SmtpSettings smtp() {
        return new SmtpSettings("127.0.0.1", MAIL_SERVER.getSmtp().getPort(), "idbridge@example.org", null, null,
                false, Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(10));
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(message -> recipients(message)
                .contains(address)).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("\r\n", "\n");
    }
}
