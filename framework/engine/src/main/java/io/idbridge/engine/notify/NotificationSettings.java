package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * The mail server and, per event, who is told and how. An event without settings sends nothing.
 */
public record NotificationSettings(SmtpSettings smtp, Map<NotificationEvent, EventSettings> events) {
    public NotificationSettings {
        requireNonNull(smtp, "smtp is null");
        events = Map.copyOf(events);
    }

    public Optional<EventSettings> event(NotificationEvent event) {
        return Optional.ofNullable(events.get(event));
    }
}
