package io.idbridge.engine.store;

/**
 * A mapped person as stored in a snapshot.
 *
 * @param json the person, serialized by the engine
 * @param hash a digest of {@code json}, to find changed persons without parsing
 */
public record StoredPerson(String externalId, String json, String hash) {
}
