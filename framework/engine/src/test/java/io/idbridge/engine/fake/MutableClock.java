package io.idbridge.engine.fake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, a day at a time. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(LocalDate day) {
        setDay(day);
    }

    public void setDay(LocalDate day) {
        now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    public void plusDays(long days) {
        now = now.plusSeconds(days * 86_400);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
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
