package io.idbridge.scenario;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the scenarios move by hand, a day at a time, so that a year of lifecycle runs in milliseconds. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(LocalDate day) {
        setDay(day);
    }

    void setDay(LocalDate day) {
        now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
