package io.idbridge.engine.config;

/** Limits on one import of a source; a null threshold is off. */
public record SourceThresholds(Threshold added, Threshold removed, Threshold blocked) {
    public static final SourceThresholds NONE = new SourceThresholds(null, null, null);
}
