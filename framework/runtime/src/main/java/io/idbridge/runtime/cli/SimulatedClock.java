package io.idbridge.runtime.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the demo moves forward by whole days, so that a day of HR changes passes in a second. */
final class SimulatedClock extends Clock {
    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    SimulatedClock(Clock base) {
        this.base = base;
    }

    void advanceDays(long days) {
        offset = offset.plusDays(days);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
