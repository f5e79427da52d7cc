package io.idbridge.engine.config;

import java.time.Duration;

/**
 * How hard the engine may drive a target.
 *
 * @param inFlight actions running at once
 * @param actionTimeout how long one action may take before it fails as transient
 */
public record Pacing(int inFlight, Duration actionTimeout) {
    public static final Pacing DEFAULT = new Pacing(4, Duration.ofSeconds(30));
}
