package io.idbridge.engine.notify;

/** What a notification is about, with its configuration name and the template used when none is configured. */
public enum NotificationEvent {
    /** An account was created; one message per account, usually to the manager. */
    CREATE("on-create", """
            Subject: Account created for {{person.displayName}} in {{target}}

            An account was created for {{person.displayName}} ({{person.externalId}}) in {{target}}.

            {{differences}}
            """),
    /** An account was disabled; one message per account, usually to the person leaving. */
    DISABLE("on-disable", """
            Subject: Your {{target}} account has been disabled

            Dear {{person.displayName}},

            Your account in {{target}} has been disabled.
            """),
    /** A target threshold held an action type for approval; one message per target and action type. */
    HELD_ACTIONS("on-held-actions", """
            Subject: IdBridge run {{run.id}}: {{count}} {{action}} actions in {{target}} wait for approval

            {{reason}}

            {{actions}}

            Review them with 'idbridge report', then 'idbridge approve' or 'idbridge reject'.
            """),
    /** Actions failed for good; one message per run listing them. */
    FAILURE("on-failure", """
            Subject: IdBridge run {{run.id}}: {{count}} actions failed

            {{actions}}
            """),
    /** A source threshold or a failed read blocked an import. */
    IMPORT_BLOCKED("on-import-blocked", """
            Subject: IdBridge import blocked

            The import was blocked; the previous snapshot stays in force.
            Reason: {{reason}}
            """),
    /** A run with at least one action ended. */
    RUN_SUMMARY("run-summary", """
            Subject: IdBridge {{run.kind}} run {{run.id}}: {{run.status}}

            {{counts}}

            Failed: {{failed}}, held: {{held}}, duration: {{run.duration}}
            """);

    private final String configName;
    private final String defaultTemplate;

    NotificationEvent(String configName, String defaultTemplate) {
        this.configName = configName;
        this.defaultTemplate = defaultTemplate;
    }

    /** The key under {@code notifications}, e.g. {@code on-create}. */
    public String configName() {
        return configName;
    }

    /** The built-in template, used when the configuration names none. */
    public MessageTemplate defaultTemplate() {
        return MessageTemplate.parse(defaultTemplate, "built-in " + configName + " template");
    }

    /** Whether recipients are resolved from the person the event is about. */
    public boolean aboutPerson() {
        return this == CREATE || this == DISABLE;
    }
}
