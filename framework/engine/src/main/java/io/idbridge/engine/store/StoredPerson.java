package io.idbridge.engine.store;

import java.util.Objects;

/**
 * A mapped person as stored in a snapshot.
 *
 * @param json the person, serialized by the engine
 * @param hash a digest of {@code json}, to find changed persons without parsing
 * @param sourceHash a digest of the source record and mapping the person came from (see {@code SourceRecordHash});
 *     null when unknown or merged from several records
 */
public record StoredPerson(String externalId, String json, String hash, String sourceHash) {
    public StoredPerson(String externalId, String json, String hash) {
        this(externalId, json, hash, null);
    }

    /** This person as mapped from the source record with this digest. */
    public StoredPerson fromSource(String digest) {
        return new StoredPerson(externalId, json, hash, digest);
    }

    public PersonVersion version() {
        return new PersonVersion(externalId, hash, sourceHash);
    }

    /** Whether this is another version than {@code stored}: other data, or the same data from another record. */
    public boolean differsFrom(PersonVersion stored) {
        return stored == null || !hash.equals(stored.hash()) || !Objects.equals(sourceHash, stored.sourceHash());
    }
}
