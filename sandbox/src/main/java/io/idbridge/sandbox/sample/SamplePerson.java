package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One row of persons.csv; blank values are empty strings. */
record SamplePerson(String id, String firstName, String nickName, String initials, String prefix, String lastName,
                    String partnerPrefix, String partnerLastName, String convention, String email, String phone,
                    String mobile, String privateEmail, String managerId) {
    static final List<String> COLUMNS = List.of("employee_id", "first_name", "nick_name", "initials", "prefix",
            "last_name", "partner_prefix", "partner_last_name", "convention", "email", "phone", "mobile",
            "private_email", "manager_id");

    SamplePerson {
        requireNonNull(id, "id is null");
        requireNonNull(firstName, "firstName is null");
        requireNonNull(nickName, "nickName is null");
        requireNonNull(initials, "initials is null");
        requireNonNull(prefix, "prefix is null");
        requireNonNull(lastName, "lastName is null");
        requireNonNull(partnerPrefix, "partnerPrefix is null");
        requireNonNull(partnerLastName, "partnerLastName is null");
        requireNonNull(convention, "convention is null");
        requireNonNull(email, "email is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(mobile, "mobile is null");
        requireNonNull(privateEmail, "privateEmail is null");
        requireNonNull(managerId, "managerId is null");
    }

    List<String> csvValues() {
        return List.of(id, firstName, nickName, initials, prefix, lastName, partnerPrefix, partnerLastName,
                convention, email, phone, mobile, privateEmail, managerId);
    }

    /** The name people use: the nick name, else the first name, with the family name. */
    String displayName() {
        String given = nickName.isEmpty() ? firstName : nickName;
        return prefix.isEmpty() ? given + " " + lastName : given + " " + prefix + " " + lastName;
    }

    SamplePerson withFamilyName(String newPrefix, String newLastName) {
        return new SamplePerson(id, firstName, nickName, initials, newPrefix, newLastName, partnerPrefix,
                partnerLastName, convention, email, phone, mobile, privateEmail, managerId);
    }

    SamplePerson withManagerId(String newManagerId) {
        return new SamplePerson(id, firstName, nickName, initials, prefix, lastName, partnerPrefix, partnerLastName,
                convention, email, phone, mobile, privateEmail, newManagerId);
    }
}
