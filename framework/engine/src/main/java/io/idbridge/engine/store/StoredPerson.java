package io.idbridge.engine.store;

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
}
