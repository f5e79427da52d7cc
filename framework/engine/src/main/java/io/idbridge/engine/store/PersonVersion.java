package io.idbridge.engine.store;

/**
 * What tells one stored version of a person from another, without the person's data: enough to decide whether a
 * person changed and whether their source record did.
 *
 * @param hash a digest of the person's JSON
 * @param sourceHash a digest of the source record and mapping (see {@code SourceRecordHash}); null when unknown
 */
public record PersonVersion(String externalId, String hash, String sourceHash) {
}
