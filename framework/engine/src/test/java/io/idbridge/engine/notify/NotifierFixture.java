package io.idbridge.engine.notify;

import io.idbridge.engine.Engine;
import io.idbridge.engine.EngineHarness;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.SourceSettings;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.enforce.RetryPolicy;
import io.idbridge.engine.expression.Expression;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourcePerson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine harness with persons that have a business e-mail address and a manager, and an engine wired to a
 * notifier.
 */
final class NotifierFixture {
    private NotifierFixture() {
    }

    static void person(EngineHarness harness, String id, String nick, String family, String email, String manager,
                       SourceContract... contracts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("nick", nick);
        fields.put("family", family);
        fields.put("mail", email);
        fields.put("manager", manager);
        harness.source.raw(new SourcePerson(id, fields, List.of(contracts), id));
    }

    static EngineConfig config(EngineHarness harness) {
        EngineConfig base = harness.config();
        SourceSettings hr = base.sources().get(0);
        Map<String, Expression> person = new LinkedHashMap<>(hr.personMapping());
        person.put("contact.business.email", harness.e("source.mail"));
        person.put("manager", harness.e("source.manager"));
        SourceSettings withContact = new SourceSettings(hr.name(), person, hr.contractMapping(), hr.thresholds());
        return new EngineConfig(List.of(withContact), base.primaryContract(), base.targets(), base.rules());
    }

    static Engine engine(EngineHarness harness, Notifier notifier) {
        return new Engine(config(harness), Map.of("hr", harness.source), Map.of("helloid", harness.target),
                harness.store, harness.clock,
                new Retrier(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(1)),
                        duration -> { }),
                notifier, notifier);
    }

    static Notifier notifier(EngineHarness harness, SmtpSettings smtp, Map<NotificationEvent, EventSettings> events) {
        return new Notifier(new NotificationSettings(smtp, events), harness.store, harness.clock,
                harness.config().primaryContract());
    }

    static EventSettings to(NotificationEvent event, String address) {
        return EventSettings.withDefaultTemplate(event, Recipient.fixed(address));
    }
}
