package io.idbridge.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The generated reference's text for {@code idbridge.notifications}. */
final class NotificationsDocumentation {
    static final Map<String, String> DOCUMENTATION = documentation();

    private NotificationsDocumentation() {
    }

    private static Map<String, String> documentation() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("notifications", "E-mail about what the engine did. An event that is not configured sends nothing. "
                + "Mail is sent in the background after each run (blocked imports at once); a failing mail server "
                + "never fails a run: delivery is retried, then given up with a warning in the log.");
        docs.put("notifications.smtp", "{ host, port = 587, from, username, password, starttls = true, "
                + "connect-timeout = 10s, read-timeout = 30s, attempts = 3, retry-delay = 2s (doubling) }. Use "
                + "username = ${?SMTP_USER}, password = ${?SMTP_PASSWORD}; the password is never logged.");
        docs.put("notifications.on-create", "{ to, template | text }: one message per account created. to is an "
                + "address, a list of addresses, or a CEL expression over person, e.g. "
                + "person.manager.contact.business.email (person.manager is the manager as a person).");
        docs.put("notifications.on-disable", "{ to, template | text }: one message per account disabled, e.g. "
                + "to = \"person.contact.business.email\".");
        docs.put("notifications.on-held-actions", "{ to, template | text }: per target and action type held by a "
                + "threshold; to is an address or a list of them.");
        docs.put("notifications.on-failure", "{ to, template | text }: one message per run listing its failed "
                + "actions.");
        docs.put("notifications.on-import-blocked", "{ to, template | text }: when a source fails or a source "
                + "threshold blocks an import.");
        docs.put("notifications.run-summary", "{ to, template | text }: after each run with at least one action.");
        docs.put("notifications.<event>.template", "A plain-text file (relative to the configuration file); "
                + "text = \"...\" gives the template inline. A first line \"Subject: ...\" is the subject. "
                + "Placeholders {{path}}: person.<field> (person events: person.displayName, person.externalId, "
                + "person.contact.business.email, person.primaryContract.title.name, person.manager.displayName, ...), "
                + "target, action, reason, differences, account.<field>, run.id, run.kind, run.status, run.duration, "
                + "count, actions (held, failure), counts, failed, held, succeeded (run-summary), reason, count, "
                + "blocked (on-import-blocked). A placeholder without a value renders as nothing and is logged once. "
                + "Without a template a built-in one is used.");
        return docs;
    }
}
