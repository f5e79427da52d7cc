package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The result of a grant or revoke: {@code CHANGED}, {@code NO_CHANGE} or {@code SKIPPED_NOT_FOUND}, with audit lines. */
public record PermissionResult(Outcome outcome, List<AuditMessage> audit) {
    public PermissionResult {
        requireNonNull(outcome, "outcome is null");
        audit = List.copyOf(requireNonNull(audit, "audit is null"));
    }
}
