package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

/** Who is told about one kind of event, and with which template. */
public record EventSettings(Recipient to, MessageTemplate template) {
    public EventSettings {
        requireNonNull(to, "to is null");
        requireNonNull(template, "template is null");
    }

    /** Settings with the event's built-in template. */
    public static EventSettings withDefaultTemplate(NotificationEvent event, Recipient to) {
        return new EventSettings(to, event.defaultTemplate());
    }
}
