package io.idbridge.engine.store;

/** A source record that could not be mapped: where it came from, its external id if any, and why. */
public record BlockedRecord(String source, String location, String externalId, String reason) {
}
