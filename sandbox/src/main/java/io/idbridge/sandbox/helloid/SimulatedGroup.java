package io.idbridge.sandbox.helloid;

import static java.util.Objects.requireNonNull;

/**
 * A HelloID group.
 *
 * @param groupGuid lower-case GUID
 * @param name unique case-insensitively
 * @param enabled {@code isEnabled}
 */
public record SimulatedGroup(String groupGuid, String name, boolean enabled) {
    public SimulatedGroup {
        requireNonNull(groupGuid, "groupGuid is null");
        requireNonNull(name, "name is null");
    }
}
