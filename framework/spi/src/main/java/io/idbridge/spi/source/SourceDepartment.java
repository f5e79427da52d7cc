package io.idbridge.spi.source;

import static java.util.Objects.requireNonNull;

/**
 * One department (organisational unit).
 *
 * @param externalId never null
 * @param displayName never null
 * @param parentExternalId null for a root
 * @param managerExternalId the person external id of the manager; null when none
 */
public record SourceDepartment(String externalId, String displayName, String parentExternalId,
                               String managerExternalId) {
    public SourceDepartment {
        requireNonNull(externalId, "externalId is null");
        requireNonNull(displayName, "displayName is null");
    }
}
