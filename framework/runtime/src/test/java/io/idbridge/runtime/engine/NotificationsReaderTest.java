package io.idbridge.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import io.idbridge.engine.notify.EventSettings;
import io.idbridge.engine.notify.NotificationEvent;
import io.idbridge.engine.notify.NotificationSettings;
import io.idbridge.engine.notify.SmtpSettings;
import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.HoconLoader;
import io.idbridge.runtime.config.ProblemCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationsReaderTest {
    @TempDir
    Path directory;

    @Test
    void validSectionBindsSmtpRecipientsAndTemplates() throws IOException {
        Files.createDirectories(directory.resolve("templates"));
        Files.writeString(directory.resolve("templates/welcome.txt"), "Subject: Welcome {{person.displayName}}\n\n"
                + "Hello {{person.manager.displayName}}\n");
        Path file = write("""
                idbridge {
                  notifications {
                    smtp { host = "smtp.example.org", port = 2525, from = "idbridge@example.org",
                           username = "mailer", password = "hunter2", starttls = false, read-timeout = 5s }
                    on-create { to = "person.manager.contact.business.email", template = "templates/welcome.txt" }
                    on-disable { to = "person.contact.business.email", text = "Subject: Bye\\nGoodbye {{person.displayName}}" }
                    on-held-actions { to = ["iam-team@example.org", "ciso@example.org"] }
                    run-summary { to = "iam-team@example.org" }
                  }
                }
                """);
        ProblemCollector problems = new ProblemCollector();

        Optional<NotificationSettings> settings = new NotificationsReader().read(config(file, problems), problems);

        assertThat(problems.problems()).isEmpty();
        SmtpSettings smtp = settings.orElseThrow().smtp();
        assertThat(smtp.host()).isEqualTo("smtp.example.org");
        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.password().reveal()).isEqualTo("hunter2");
        assertThat(smtp.toString()).doesNotContain("hunter2");
        assertThat(smtp.startTls()).isFalse();
        assertThat(smtp.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(smtp.attempts()).isEqualTo(SmtpSettings.DEFAULT_ATTEMPTS);
        Map<NotificationEvent, EventSettings> events = settings.get().events();
        assertThat(events).containsOnlyKeys(NotificationEvent.CREATE, NotificationEvent.DISABLE,
                NotificationEvent.HELD_ACTIONS, NotificationEvent.RUN_SUMMARY);
        EventSettings onCreate = events.get(NotificationEvent.CREATE);
        assertThat(onCreate.template().subject()).isEqualTo("Welcome {{person.displayName}}");
        Map<String, Object> person = Map.of("manager", Map.of("contact", Map.of("business",
                Map.of("email", "mia@example.org"))));
        assertThat(onCreate.to().resolve(Map.of("person", person))).containsExactly("mia@example.org");
        assertThat(events.get(NotificationEvent.DISABLE).template().body()).isEqualTo("Goodbye {{person.displayName}}");
        assertThat(events.get(NotificationEvent.HELD_ACTIONS).to().addresses())
                .containsExactly("iam-team@example.org", "ciso@example.org");
        assertThat(events.get(NotificationEvent.RUN_SUMMARY).template().subject()).startsWith("IdBridge");
    }

    @Test
    void everyMistakeIsReportedWithFileAndLine() throws IOException {
        Path file = write("""
                idbridge {
                  notifications {
                    smtp { host = "smtp.example.org", port = "many", from = "idbridge@example.org" }
                    on-failure { to = "person.manager.contact.business.email" }
                    on-disable { to = "person.contact.business.email", template = "missing.txt" }
                  }
                }
                """);
        ProblemCollector problems = new ProblemCollector();

        Optional<NotificationSettings> settings = new NotificationsReader().read(config(file, problems), problems);

        assertThat(settings).isEmpty();
        List<ConfigProblem> found = problems.problems();
        assertThat(found).extracting(ConfigProblem::path).containsExactly("idbridge.notifications.smtp.port",
                "idbridge.notifications.on-failure.to", "idbridge.notifications.on-disable.template");
        assertThat(found).extracting(ConfigProblem::origin).containsExactly(file + ":3", file + ":4", file + ":5");
        assertThat(found.get(1).message()).contains("must be an e-mail address");
        assertThat(found.get(2).message()).contains("cannot read template file");
    }

    @Test
    void unknownKeysAndInvalidExpressionsAreProblems() throws IOException {
        Path file = write("""
                idbridge.notifications {
                  smtp { host = "smtp.example.org", from = "idbridge@example.org", usernme = "x" }
                  on-create { to = "person.manager.(" }
                  on-leave { to = "a@example.org" }
                }
                """);
        ProblemCollector problems = new ProblemCollector();

        new NotificationsReader().read(config(file, problems), problems);

        assertThat(problems.problems()).extracting(ConfigProblem::path).containsExactlyInAnyOrder(
                "idbridge.notifications.on-leave", "idbridge.notifications.smtp.usernme",
                "idbridge.notifications.on-create.to");
    }

    @Test
    void sectionIsOptional() throws IOException {
        ProblemCollector problems = new ProblemCollector();

        assertThat(new NotificationsReader().read(config(write("idbridge { }\n"), problems), problems)).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
        assertThat(new NotificationsReader().documentation()).containsKeys("notifications", "notifications.smtp",
                "notifications.on-create");
    }

    private Path write(String text) throws IOException {
        Path file = directory.resolve("idbridge.conf");
        Files.writeString(file, text);
        return file;
    }

    private static Config config(Path file, ProblemCollector problems) {
        return HoconLoader.load(file, problems).orElseThrow();
    }
}
