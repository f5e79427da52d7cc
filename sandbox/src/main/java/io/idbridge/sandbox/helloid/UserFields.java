package io.idbridge.sandbox.helloid;

import java.util.Map;

/** The writable fields of a user, as read from a POST or PUT body (absent fields already defaulted). */
record UserFields(String firstName, String lastName, String contactEmail, boolean enabled,
                  boolean mustChangePassword, Map<String, Object> userAttributes, String managedByUserGuid) {
}
