package org.momentum.app.releases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand: the server's "now" for embargo and the scheduler. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(Instant start) { this.now = start; }

    public void set(Instant t) { now = t; }

    @Override public ZoneId getZone() { return ZoneId.of("Asia/Shanghai"); }

    @Override public Clock withZone(ZoneId zone) { return this; }

    @Override public Instant instant() { return now; }
}
