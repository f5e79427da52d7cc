package io.idbridge.sandbox.helloid;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A HelloID user as the simulator holds it.
 *
 * @param userGuid lower-case GUID; never null
 * @param id the numeric id HelloID generates, from 1 upwards
 * @param userName unique (case-insensitively) among users that are not deleted; never null
 * @param firstName may be null
 * @param lastName may be null
 * @param contactEmail may be null
 * @param enabled {@code isEnabled}; false unless set
 * @param source always {@code API} for users created through the API (legacy docs), or as seeded
 * @param mustChangePassword false unless set
 * @param userAttributes free key/value map (JSON values: String, Number, Boolean, null, nested maps); never null
 * @param managedByUserGuid the manager's userGUID; may be null
 * @param deleted whether the user was deleted (kept for {@code GET /users?isDeleted=true})
 */
public record SimulatedUser(String userGuid, int id, String userName, String firstName, String lastName,
                            String contactEmail, boolean enabled, String source, boolean mustChangePassword,
                            Map<String, Object> userAttributes, String managedByUserGuid, boolean deleted) {
    public SimulatedUser {
        requireNonNull(userGuid, "userGuid is null");
        requireNonNull(userName, "userName is null");
        requireNonNull(source, "source is null");
        // Attribute values may be null (a cleared attribute), which Map.copyOf does not allow.
        userAttributes = Collections.unmodifiableMap(
                new LinkedHashMap<>(requireNonNull(userAttributes, "userAttributes is null")));
    }

    SimulatedUser withDeleted() {
        return new SimulatedUser(userGuid, id, userName, firstName, lastName, contactEmail, enabled, source,
                mustChangePassword, userAttributes, managedByUserGuid, true);
    }
}
