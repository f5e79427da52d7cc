package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

/**
 * One change between a day's export and the next day's.
 *
 * @param kind what happened
 * @param personId the employee id of the person it happened to
 * @param description one line for people, e.g. {@code transfer: 10042 Anna Smit from ICT to FIN}
 */
public record SampleChange(Kind kind, String personId, String description) {
    /** The kinds of change a next day makes (the CSV sample makes no rehire). */
    public enum Kind { HIRE, LEAVER, TRANSFER, RENAME, REHIRE }

    public SampleChange {
        requireNonNull(kind, "kind is null");
        requireNonNull(personId, "personId is null");
        requireNonNull(description, "description is null");
    }

    @Override
    public String toString() {
        return description;
    }
}
