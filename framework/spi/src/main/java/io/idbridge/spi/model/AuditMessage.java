package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

/**
 * A user-friendly line about what an operation did, kept in the audit log (not debug output).
 *
 * @param action the action as done, e.g. {@code CreateAccount}, {@code CorrelateAccount}, {@code GrantPermission}
 * @param message what happened, naming the object; never a secret
 * @param error whether this line reports a failure
 */
public record AuditMessage(String action, String message, boolean error) {
    public AuditMessage {
        requireNonNull(action, "action is null");
        requireNonNull(message, "message is null");
    }

    public static AuditMessage info(String action, String message) {
        return new AuditMessage(action, message, false);
    }
}
