package org.momentum.dissemination;

import java.time.Instant;

/**
 * An observation as it was public: its value and the real-time period [realtimeStart, realtimeEnd) during which
 * this was the published value (ALFRED's realtime_start/realtime_end; an instant here, end null = still current).
 * {@code release} is the release that published it (for a derived value: the latest release among its inputs).
 */
public record RealTimeObservation(int period, double value, ObservationStatus status, Instant realtimeStart,
                                  Instant realtimeEnd, long release) {
    /** True when a number can be shown (normal status and defined, e.g. not the first pch of a series). */
    public boolean defined() { return status.hasValue() && !Double.isNaN(value); }

    /** A value computed from inputs: valid while all of them were, withheld when any of them is withheld. */
    static RealTimeObservation derived(int period, double value, java.util.List<RealTimeObservation> inputs) {
        Instant start = null, end = null;
        long release = 0;
        ObservationStatus status = ObservationStatus.NORMAL;
        for (RealTimeObservation o : inputs) {
            if (start == null || o.realtimeStart.isAfter(start)) {
                start = o.realtimeStart;
                release = o.release;
            }
            if (o.realtimeEnd != null && (end == null || o.realtimeEnd.isBefore(end))) end = o.realtimeEnd;
            if (o.status == ObservationStatus.CONFIDENTIAL) status = ObservationStatus.CONFIDENTIAL;
        }
        // a number computed from a withheld one could reveal it
        return new RealTimeObservation(period, status.hasValue() && Double.isFinite(value) ? value : Double.NaN, status, start, end, release);
    }
}
